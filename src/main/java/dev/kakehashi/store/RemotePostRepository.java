package dev.kakehashi.store;

import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Posts received from remote actors (Create/Update/Delete of Note, Article, Page). */
public final class RemotePostRepository {
    private static final String SELECT =
            "select p.id, p.uri, p.actor_uri, p.object_type, p.url, p.name, p.content_html,"
                    + " p.summary, p.published, p.updated, p.deleted_at, p.received_at, a.name as actor_name,"
                    + " a.preferred_username, a.host"
                    + " from remote_post p left join remote_actor a on a.uri = p.actor_uri ";

    private final Transactions tx;

    public RemotePostRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(RemotePostContent c, Instant now) {
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
    public boolean update(RemotePostContent c) {
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

    public Optional<RemotePost> byUri(String uri) {
        return read("where p.uri = :uri", 1, q -> q.setParameter("uri", uri)).stream()
                .findFirst();
    }

    /** The newest live posts of the actors {@code localActor} follows. */
    public List<RemotePost> fromFollowed(String localActor, int limit) {
        return read(
                "where p.deleted_at is null and p.actor_uri in (select f.remote_actor_uri from following f"
                        + " where f.local_actor = :l) order by p.received_at desc, p.id desc",
                limit,
                q -> q.setParameter("l", localActor));
    }

    /**
     * Live posts of the actors {@code localActor} follows, in an id range (Mastodon's paging), less
     * those of the actors the author {@code accountId} has muted at {@code now}.
     */
    public List<RemotePost> fromFollowedIn(String localActor, long accountId, IdRange range, Instant now) {
        return read(
                "where p.deleted_at is null and " + range.where("p.id") + " and p.actor_uri in"
                        + " (select f.remote_actor_uri from following f where f.local_actor = :l)"
                        + " and p.actor_uri not in (select m.remote_actor_uri from account_mute m"
                        + " where m.account_id = :acct and " + MuteRepository.LIVE + ")"
                        + range.order("p.id"),
                range.limit(),
                q -> q.setParameter("l", localActor)
                        .setParameter("acct", accountId)
                        .setParameter("now", now)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below()));
    }

    /** Live posts by id in one query (unknown or deleted ids are absent). */
    public List<RemotePost> liveByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read("where p.deleted_at is null and p.id in (:ids)", ids.size(), q -> q.setParameterList("ids", ids));
    }

    public Optional<RemotePost> byId(long id) {
        return read("where p.id = :id", 1, q -> q.setParameter("id", id)).stream()
                .findFirst();
    }

    /** The ids of stored posts by their URIs, in one query: what a reply's target is called here. */
    public java.util.Map<String, Long> idsOf(java.util.Collection<String> uris) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (!uris.isEmpty()) {
            Rows.list(
                            tx.session(),
                            "select uri, id from remote_post where uri in (:u)",
                            q -> q.setParameterList("u", uris),
                            r -> r)
                    .forEach(r -> ids.put(r.str("uri"), r.lng("id")));
        }
        return ids;
    }

    private List<RemotePost> read(
            String where,
            int limit,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(), SELECT + where, q -> bind.apply(q).setMaxResults(limit), RemotePostRepository::post);
    }

    /**
     * A stored post from a row with the {@code remote_post} columns and its author's {@code actor_name},
     * {@code preferred_username} and {@code host} (also read by {@link RemoteBoostRepository}).
     */
    static RemotePost post(Rows.Row r) {
        RemotePostContent c = new RemotePostContent(
                r.str("uri"),
                r.str("actor_uri"),
                r.str("object_type"),
                r.str("url"),
                r.str("name"),
                r.str("content_html"),
                r.str("summary"),
                r.instant("published"),
                r.instant("updated"));
        String username = r.str("preferred_username");
        String handle = username == null ? null : "@" + username + "@" + r.str("host");
        return new RemotePost(
                r.lng("id"), c, r.instant("deleted_at"), r.instant("received_at"), r.str("actor_name"), handle);
    }
}
