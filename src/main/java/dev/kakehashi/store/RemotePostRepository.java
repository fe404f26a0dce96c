package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Posts received from remote actors (Create/Update/Delete of Note, Article, Page). */
public final class RemotePostRepository {
    /** A post's content as received; {@code contentHtml} is already sanitized. */
    public record Content(
            String uri,
            String actorUri,
            String type,
            String url,
            String name,
            String contentHtml,
            String summary,
            Instant published,
            Instant updated) {}

    /** A stored post, with who wrote it as far as the remote actor cache knows. */
    public record Stored(
            Content content, Instant deletedAt, Instant receivedAt, String authorName, String authorHandle) {}

    private static final String SELECT = "select p.uri, p.actor_uri, p.object_type, p.url, p.name, p.content_html,"
            + " p.summary, p.published, p.updated, p.deleted_at, p.received_at, a.name, a.preferred_username, a.host"
            + " from remote_post p left join remote_actor a on a.uri = p.actor_uri ";

    private final Transactions tx;

    public RemotePostRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(Content c, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into remote_post (id, uri, actor_uri, object_type, url, name,"
                        + " content_html, summary, published, updated, received_at) values (:id, :uri, :actor, :type,"
                        + " :url, :name, :html, :summary, :published, :updated, :now)")
                .setParameter("id", Snowflake.next())
                .setParameter("uri", c.uri())
                .setParameter("actor", c.actorUri())
                .setParameter("type", c.type())
                .setParameter("url", c.url())
                .setParameter("name", c.name())
                .setParameter("html", c.contentHtml())
                .setParameter("summary", c.summary())
                .setParameter("published", c.published(), Instant.class)
                .setParameter("updated", c.updated(), Instant.class)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Replaces the content of a live post; false when there is none (unknown or deleted). */
    public boolean update(Content c) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update remote_post set object_type = :type, url = :url, name = :name,"
                                        + " content_html = :html, summary = :summary, updated = :updated"
                                        + " where uri = :uri and deleted_at is null")
                        .setParameter("type", c.type())
                        .setParameter("url", c.url())
                        .setParameter("name", c.name())
                        .setParameter("html", c.contentHtml())
                        .setParameter("summary", c.summary())
                        .setParameter("updated", c.updated(), Instant.class)
                        .setParameter("uri", c.uri())
                        .executeUpdate()
                > 0;
    }

    /** Marks the post deleted and drops its content; the row stays so a late Create cannot revive it. */
    public boolean markDeleted(String uri, Instant now) {
        return tx.session()
                        .createNativeMutationQuery("update remote_post set deleted_at = :now, content_html = null,"
                                + " summary = null, name = null where uri = :uri and deleted_at is null")
                        .setParameter("now", now)
                        .setParameter("uri", uri)
                        .executeUpdate()
                > 0;
    }

    public Optional<Stored> byUri(String uri) {
        return read("where p.uri = :uri", 1, q -> q.setParameter("uri", uri)).stream()
                .findFirst();
    }

    /** The newest live posts of the actors {@code localActor} follows. */
    public List<Stored> fromFollowed(String localActor, int limit) {
        return read(
                "where p.deleted_at is null and p.actor_uri in (select f.remote_actor_uri from following f"
                        + " where f.local_actor = :l) order by p.received_at desc, p.id desc",
                limit,
                q -> q.setParameter("l", localActor));
    }

    @SuppressWarnings("unchecked")
    private List<Stored> read(
            String where, int limit, java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<Object[]>> bind) {
        List<Object[]> rows = bind.apply(tx.session().createNativeQuery(SELECT + where, Object[].class))
                .setMaxResults(limit)
                .getResultList();
        List<Stored> out = new ArrayList<>();
        for (Object[] r : rows) {
            Content c = new Content(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    time(r[7]),
                    time(r[8]));
            String handle = r[12] == null ? null : "@" + r[12] + "@" + r[13];
            out.add(new Stored(c, time(r[9]), time(r[10]), (String) r[11], handle));
        }
        return out;
    }

    private static Instant time(Object value) {
        return value == null ? null : DeliveryRepository.toInstant(value);
    }
}
