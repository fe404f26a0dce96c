package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incoming reports (Flag) and blocks of our actors by remote users (Block), for admins. */
public final class ReportRepository {
    public static final String FLAG = "FLAG";
    public static final String BLOCK = "BLOCK";

    /** One report; {@code objectUris} one per line. */
    public record Report(
            long id,
            String kind,
            String actorUri,
            String localActor,
            String objectUris,
            String content,
            String activityUri,
            Instant createdAt,
            Instant resolvedAt) {
        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    private final Transactions tx;

    public ReportRepository(Transactions tx) {
        this.tx = tx;
    }

    public long add(
            String kind,
            String actorUri,
            String localActor,
            String objectUris,
            String content,
            String activityUri,
            Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into moderation_report (id, kind, actor_uri, local_actor,"
                        + " object_uris, content, activity_uri, created_at)"
                        + " values (:id, :k, :a, :l, :o, :c, :u, :now)")
                .setParameter("id", id)
                .setParameter("k", kind)
                .setParameter("a", actorUri)
                .setParameter("l", localActor)
                .setParameter("o", objectUris)
                .setParameter("c", content)
                .setParameter("u", activityUri)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    /** Whether a report of this activity was stored already (a peer re-delivered it). */
    public boolean exists(String kind, String activityUri) {
        return activityUri != null
                && !rows("where kind = :k and activity_uri = :u", q -> q.setParameter("k", kind)
                                .setParameter("u", activityUri))
                        .isEmpty();
    }

    /** Open reports first, then the newest. */
    public List<Report> recent(int limit) {
        return rows(
                "order by case when resolved_at is null then 0 else 1 end, created_at desc, id desc",
                q -> q.setMaxResults(limit));
    }

    public Optional<Report> byId(long id) {
        return rows("where id = :id", q -> q.setParameter("id", id)).stream().findFirst();
    }

    public int resolve(long id, Instant now) {
        return tx.session()
                .createNativeMutationQuery(
                        "update moderation_report set resolved_at = :now where id = :id and resolved_at is null")
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Resolves the open Block of {@code localActor} by {@code actorUri}: matched by the Block's id,
     * or by actor and local actor when the Undo names no id we know.
     */
    public int resolveBlock(String actorUri, String localActor, String activityUri, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update moderation_report set resolved_at = :now"
                        + " where kind = 'BLOCK' and actor_uri = :a and resolved_at is null"
                        + " and (activity_uri = :u or local_actor = :l)")
                .setParameter("a", actorUri)
                .setParameter("u", activityUri == null ? "" : activityUri)
                .setParameter("l", localActor == null ? "" : localActor)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Whether {@code actorUri} blocks {@code localActor} now (an open Block). */
    public boolean blocks(String actorUri, String localActor) {
        return !rows(
                        "where kind = 'BLOCK' and actor_uri = :a and local_actor = :l and resolved_at is null",
                        q -> q.setParameter("a", actorUri).setParameter("l", localActor))
                .isEmpty();
    }

    /** Which of {@code actorUris} block {@code localActor} now (open Blocks), in one query. */
    public java.util.Set<String> blockersOf(String localActor, java.util.Collection<String> actorUris) {
        if (actorUris.isEmpty()) {
            return java.util.Set.of();
        }
        return rows(
                        "where kind = 'BLOCK' and local_actor = :l and actor_uri in (:a) and resolved_at is null",
                        q -> q.setParameter("l", localActor).setParameterList("a", actorUris))
                .stream()
                .map(Report::actorUri)
                .collect(java.util.stream.Collectors.toSet());
    }

    private List<Report> rows(
            String where,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(),
                "select id, kind, actor_uri, local_actor, object_uris, content, activity_uri,"
                        + " created_at, resolved_at from moderation_report " + where,
                bind,
                r -> new Report(
                        r.lng("id"),
                        r.str("kind"),
                        r.str("actor_uri"),
                        r.str("local_actor"),
                        r.str("object_uris"),
                        r.str("content"),
                        r.str("activity_uri"),
                        r.instant("created_at"),
                        r.instant("resolved_at")));
    }
}
