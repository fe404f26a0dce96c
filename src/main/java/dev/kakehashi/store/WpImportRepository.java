package dev.kakehashi.store;

import dev.kakehashi.domain.ImportPhase;
import dev.kakehashi.domain.ImportState;
import dev.kakehashi.domain.WpImport;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Imports of WordPress exports (wp_import) and what each WordPress object became (wp_import_map). */
public final class WpImportRepository {
    private static final String COLUMNS = "id, file_name, file_path, site_url, keep_pings, state, phase, items_total,"
            + " items_done, errors, posts_imported, comments_imported, skipped, shortcodes, messages, created_at,"
            + " finished_at";

    private final Transactions tx;

    public WpImportRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(long id, String fileName, String filePath, boolean keepPings, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into wp_import (id, file_name, file_path, keep_pings, state, phase,"
                        + " created_at) values (:id, :name, :path, :pings, :state, :phase, :now)")
                .setParameter("id", id)
                .setParameter("name", fileName)
                .setParameter("path", filePath)
                .setParameter("pings", keepPings)
                .setParameter("state", ImportState.QUEUED.name())
                .setParameter("phase", ImportPhase.COUNTING.name())
                .setParameter("now", now)
                .executeUpdate();
    }

    public Optional<WpImport> byId(long id) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from wp_import where id = :id",
                q -> q.setParameter("id", id),
                WpImportRepository::row);
    }

    /** The oldest import not yet finished: the one the job works on. */
    public Optional<WpImport> nextUnfinished() {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from wp_import where state in (:live) order by created_at, id",
                q -> q.setParameterList("live", List.of(ImportState.QUEUED.name(), ImportState.RUNNING.name())),
                WpImportRepository::row);
    }

    public List<WpImport> recent(int limit) {
        return Rows.list(
                tx.session(),
                "select " + COLUMNS + " from wp_import order by created_at desc, id desc",
                q -> q.setMaxResults(limit),
                WpImportRepository::row);
    }

    /** Stores the progress and report of an import as they stand after a batch. */
    public void save(WpImport i) {
        tx.session()
                .createNativeMutationQuery("update wp_import set site_url = :site, state = :state, phase = :phase,"
                        + " items_total = :total, items_done = :done, errors = :errors, posts_imported = :posts,"
                        + " comments_imported = :comments, skipped = :skipped, shortcodes = :shortcodes,"
                        + " messages = :messages, finished_at = :finished where id = :id")
                .setParameter("site", i.siteUrl())
                .setParameter("state", i.state().name())
                .setParameter("phase", i.phase().name())
                .setParameter("total", i.itemsTotal())
                .setParameter("done", i.itemsDone())
                .setParameter("errors", i.errors())
                .setParameter("posts", i.postsImported())
                .setParameter("comments", i.commentsImported())
                .setParameter("skipped", i.skipped())
                .setParameter("shortcodes", i.shortcodes())
                .setParameter("messages", i.messages())
                .setParameter("finished", i.finishedAt(), Instant.class)
                .setParameter("id", i.id())
                .executeUpdate();
    }

    /** What a WordPress object became here, or empty when it was not imported yet. */
    public Optional<Long> localId(String kind, long wpId) {
        return mapRow(kind, "wp_id", wpId, "local_id", r -> r.lngOrNull("local_id"));
    }

    /** The post a WordPress post (or page) id was imported as. */
    public Optional<Long> importedPost(long wpId) {
        return localId("POST", wpId);
    }

    public boolean mapped(String kind, long wpId) {
        return ((Number) tx.session()
                                .createNativeQuery(
                                        "select count(*) from wp_import_map where kind = :k and wp_id = :w",
                                        Object.class)
                                .setParameter("k", kind)
                                .setParameter("w", wpId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The local post a WordPress slug (post_name) became. */
    public Optional<Long> localIdBySlug(String kind, String wpSlug) {
        return mapRow(kind, "wp_slug", wpSlug, "local_id", r -> r.lngOrNull("local_id"));
    }

    public Optional<String> url(String kind, long wpId) {
        return mapRow(kind, "wp_id", wpId, "url", r -> r.str("url"));
    }

    /** The url kept for a WordPress object found by its slug (an attachment page's path). */
    public Optional<String> urlBySlug(String kind, String wpSlug) {
        return mapRow(kind, "wp_slug", wpSlug, "url", r -> r.str("url"));
    }

    /**
     * {@code column} of the map row of the WordPress object of {@code kind} whose {@code key} column
     * ({@code wp_id} or {@code wp_slug}) is {@code value}, when that row has it.
     */
    private <T> Optional<T> mapRow(String kind, String key, Object value, String column, Function<Rows.Row, T> read) {
        return Rows.first(
                tx.session(),
                "select " + column + " from wp_import_map where kind = :k and " + key + " = :v and " + column
                        + " is not null",
                q -> q.setParameter("k", kind).setParameter("v", value),
                read);
    }

    public void map(String kind, long wpId, Long localId, String wpSlug, String url) {
        tx.session()
                .createNativeMutationQuery("insert into wp_import_map (kind, wp_id, local_id, wp_slug, url)"
                        + " values (:k, :w, :l, :s, :u)")
                .setParameter("k", kind)
                .setParameter("w", wpId)
                .setParameter("l", localId, Long.class)
                .setParameter("s", wpSlug)
                .setParameter("u", url)
                .executeUpdate();
    }

    /** Maps a WordPress page, keeping its parent's WordPress id (null: a top-level page). */
    public void mapPage(String kind, long wpId, Long localId, String wpSlug, Long wpParent) {
        tx.session()
                .createNativeMutationQuery("insert into wp_import_map (kind, wp_id, local_id, wp_slug, wp_parent)"
                        + " values (:k, :w, :l, :s, :p)")
                .setParameter("k", kind)
                .setParameter("w", wpId)
                .setParameter("l", localId, Long.class)
                .setParameter("s", wpSlug)
                .setParameter("p", wpParent, Long.class)
                .executeUpdate();
    }

    /** What the imported pages under the WordPress page {@code wpParent} became. */
    public List<Long> childrenOf(String kind, long wpParent) {
        return Rows.list(
                tx.session(),
                "select local_id from wp_import_map where kind = :k and wp_parent = :p and local_id is not null",
                q -> q.setParameter("k", kind).setParameter("p", wpParent),
                r -> r.lng("local_id"));
    }

    /** One WordPress object and what it became here (localId null: skipped; url: an attachment's). */
    public record Mapping(String kind, long wpId, Long localId, String wpSlug, String url) {}

    /**
     * What these WordPress objects of one kind became, in one query per 500 ids: a mapped object is a
     * key, with a null value when it was skipped; an object not imported yet is absent.
     */
    public Map<Long, Long> mapped(String kind, Collection<Long> wpIds) {
        Map<Long, Long> found = new HashMap<>();
        Rows.listIn(
                        tx.session(),
                        "select wp_id, local_id from wp_import_map where kind = :k and wp_id in (:w)",
                        "w",
                        wpIds,
                        q -> q.setParameter("k", kind),
                        r -> new Mapping(kind, r.lng("wp_id"), r.lngOrNull("local_id"), null, null))
                .forEach(m -> found.put(m.wpId(), m.localId()));
        return found;
    }

    /** What the imported objects of one kind were called on WordPress ({@code wp_slug}), by local id. */
    public Map<Long, String> slugsOf(String kind, Collection<Long> localIds) {
        Map<Long, String> found = new HashMap<>();
        Rows.listIn(
                        tx.session(),
                        "select local_id, wp_slug from wp_import_map where kind = :k and local_id in (:l)",
                        "l",
                        localIds,
                        q -> q.setParameter("k", kind),
                        r -> new Mapping(kind, 0, r.lngOrNull("local_id"), r.str("wp_slug"), null))
                .forEach(m -> found.put(m.localId(), m.wpSlug()));
        return found;
    }

    /** Records many mappings in one JDBC batch. */
    public void mapAll(List<Mapping> mappings) {
        if (mappings.isEmpty()) {
            return;
        }
        tx.session().doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into wp_import_map (kind, wp_id, local_id, wp_slug, url) values (?, ?, ?, ?, ?)")) {
                for (Mapping m : mappings) {
                    ps.setString(1, m.kind());
                    ps.setLong(2, m.wpId());
                    if (m.localId() == null) {
                        ps.setNull(3, Types.BIGINT);
                    } else {
                        ps.setLong(3, m.localId());
                    }
                    ps.setString(4, m.wpSlug());
                    ps.setString(5, m.url());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Writes pending entity changes now, so that the rows inserted next can refer to them. */
    public void flush() {
        tx.session().flush();
    }

    private static WpImport row(Rows.Row r) {
        return new WpImport(
                r.lng("id"),
                r.str("file_name"),
                r.str("file_path"),
                r.str("site_url"),
                r.bool("keep_pings"),
                ImportState.valueOf(r.str("state")),
                ImportPhase.valueOf(r.str("phase")),
                r.integer("items_total"),
                r.integer("items_done"),
                r.integer("errors"),
                r.integer("posts_imported"),
                r.integer("comments_imported"),
                r.integer("skipped"),
                r.str("shortcodes"),
                r.str("messages"),
                r.instant("created_at"),
                r.instant("finished_at"));
    }
}
