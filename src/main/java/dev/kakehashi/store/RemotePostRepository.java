package dev.kakehashi.store;

import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.RemotePostVersion;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Posts received from remote actors (Create/Update/Delete of Note, Article, Page). */
public final class RemotePostRepository {
    private static final String SELECT =
            "select p.id, p.uri, p.actor_uri, p.object_type, p.url, p.name, p.content_html,"
                    + " p.summary, p.published, p.updated, p.deleted_at, p.received_at, p.visibility, p.quote_uri,"
                    + " p.sensitive, p.language, p.in_reply_to,"
                    + " a.name as actor_name,"
                    + " a.preferred_username, a.host"
                    + " from remote_post p left join remote_actor a on a.uri = p.actor_uri ";

    private final Transactions tx;

    public RemotePostRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(RemotePostContent c, Instant now) {
        add(c, now, Snowflake.next());
    }

    /**
     * Stores a new post under the id {@code id} (see {@link Snowflake#at}), with what it answers, its
     * hashtags and its mentions.
     */
    public void add(RemotePostContent c, Instant now, long id) {
        tx.session()
                .createNativeMutationQuery("insert into remote_post (id, uri, actor_uri, object_type, url, name,"
                        + " content_html, summary, published, updated, received_at, sensitive, language, in_reply_to)"
                        + " values (:id, :uri, :actor, :type, :url, :name, :html, :summary, :published, :updated, :now,"
                        + " :sensitive, :language, :reply)")
                .setParameter("reply", c.inReplyTo(), String.class)
                .setParameter("sensitive", c.sensitive())
                .setParameter("language", c.language(), String.class)
                .setParameter("id", id)
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
        RemotePostTagRepository.replace(tx.session(), c.uri(), c);
    }

    /**
     * Replaces the content of a live post (what it answers, its hashtags and mentions too), keeping
     * the content it replaces as a version; false when there is none (unknown or deleted).
     */
    public boolean update(RemotePostContent c) {
        tx.session()
                .createNativeMutationQuery("insert into remote_post_version (id, post_id, name, content_html, summary,"
                        + " sensitive, language, created_at) select :id, id, name, content_html, summary, sensitive, language,"
                        + " coalesce(updated, published, received_at) from remote_post"
                        + " where uri = :uri and deleted_at is null")
                .setParameter("id", Snowflake.next())
                .setParameter("uri", c.uri())
                .executeUpdate();
        boolean updated = tx.session()
                        .createNativeMutationQuery(
                                "update remote_post set object_type = :type, url = :url, name = :name,"
                                        + " content_html = :html, summary = :summary, updated = :updated,"
                                        + " sensitive = :sensitive, language = :language, in_reply_to = :reply"
                                        + " where uri = :uri and deleted_at is null")
                        .setParameter("reply", c.inReplyTo(), String.class)
                        .setParameter("sensitive", c.sensitive())
                        .setParameter("language", c.language(), String.class)
                        .setParameter("type", c.type())
                        .setParameter("url", c.url())
                        .setParameter("name", c.name())
                        .setParameter("html", c.contentHtml())
                        .setParameter("summary", c.summary())
                        .setParameter("updated", c.updated(), Instant.class)
                        .setParameter("uri", c.uri())
                        .executeUpdate()
                > 0;
        if (updated) {
            RemotePostTagRepository.replace(tx.session(), c.uri(), c);
        }
        return updated;
    }

    /** The earlier versions of the post {@code postId}, oldest first. */
    public List<RemotePostVersion> versionsOf(long postId) {
        return Rows.list(
                tx.session(),
                "select name, content_html, summary, sensitive, created_at from remote_post_version where post_id = :p"
                        + " order by id",
                q -> q.setParameter("p", postId),
                r -> new RemotePostVersion(
                        r.str("name"),
                        r.str("content_html"),
                        r.str("summary"),
                        r.bool("sensitive"),
                        r.instant("created_at")));
    }

    /** Makes a stored post UNLISTED: addressed to Public in cc only. */
    public void markUnlisted(String uri) {
        tx.session()
                .createNativeMutationQuery("update remote_post set visibility = 'UNLISTED' where uri = :uri")
                .setParameter("uri", uri)
                .executeUpdate();
    }

    /**
     * Makes a stored post PRIVATE, readable by these authors alone (an id naming no account is
     * skipped).
     */
    public void markPrivate(String uri, java.util.Collection<Long> accountIds) {
        tx.session()
                .createNativeMutationQuery("update remote_post set visibility = 'PRIVATE' where uri = :uri")
                .setParameter("uri", uri)
                .executeUpdate();
        for (long account : accountIds) {
            tx.session()
                    .createNativeMutationQuery("insert into remote_post_audience (remote_post_id, account_id)"
                            + " select p.id, a.id from remote_post p, account a where p.uri = :uri and a.id = :a"
                            + " and not exists (select 1 from remote_post_audience x"
                            + " where x.remote_post_id = p.id and x.account_id = a.id)")
                    .setParameter("uri", uri)
                    .setParameter("a", account)
                    .executeUpdate();
        }
    }

    /**
     * Whether the post {@code postId} is {@link RemoteAudience#sharedWith} the author {@code accountId}: a
     * PRIVATE one addressed to them, or from someone the blog follows.
     */
    public boolean reaches(long accountId, long postId) {
        return !tx.session()
                .createNativeQuery(
                        "select 1 from remote_post p where p.id = :p and " + RemoteAudience.sharedWith(":a"),
                        Integer.class)
                .setParameter("p", postId)
                .setParameter("a", accountId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Records (or, with null, clears) the id of the post a stored post quotes. */
    public void setQuote(String uri, String quoteUri) {
        tx.session()
                .createNativeMutationQuery("update remote_post set quote_uri = :q where uri = :uri")
                .setParameter("q", quoteUri)
                .setParameter("uri", uri)
                .executeUpdate();
    }

    /** Makes a stored post DIRECT: sent to some of our authors only. */
    public void markDirect(String uri) {
        tx.session()
                .createNativeMutationQuery("update remote_post set visibility = 'DIRECT' where uri = :uri")
                .setParameter("uri", uri)
                .executeUpdate();
    }

    /**
     * Marks the post deleted and drops its content, hashtags and mentions; the row stays so a late
     * Create cannot revive it.
     */
    public boolean markDeleted(String uri, Instant now) {
        RemotePostTagRepository.clear(tx.session(), uri);
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

    /**
     * The newest live posts of the actors {@code localActor} (the author {@code accountId}) or the
     * blog follows, less those not {@link RemoteAudience#sharedWith} the author.
     */
    public List<RemotePost> fromFollowed(String localActor, long accountId, int limit) {
        return read(
                "where p.deleted_at is null and " + RemoteAudience.sharedWith(":acc") + " and p.actor_uri in "
                        + RemoteAudience.followedBy(":l") + " order by p.received_at desc, p.id desc",
                limit,
                q -> q.setParameter("l", localActor).setParameter("acc", accountId));
    }

    /**
     * The live posts the actor features (pins) that anyone here may read, in the order of its
     * featured collection, at most {@code limit}.
     */
    public List<RemotePost> pinnedBy(String actorUri, int limit) {
        return read(
                "join remote_pin pin on pin.post_uri = p.uri and pin.actor_uri = p.actor_uri"
                        + " where p.deleted_at is null and " + RemoteAudience.SHARED + " and p.actor_uri = :a"
                        + " order by pin.position, p.id desc",
                limit,
                q -> q.setParameter("a", actorUri));
    }

    /** Live posts by id in one query (unknown or deleted ids are absent). */
    public List<RemotePost> liveByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read("where p.deleted_at is null and p.id in (:ids)", ids.size(), q -> q.setParameterList("ids", ids));
    }

    /** Live posts by URI in one query (unknown or deleted ones are absent). */
    public List<RemotePost> liveByUris(java.util.Collection<String> uris) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return read(
                "where p.deleted_at is null and p.uri in (:uris)", uris.size(), q -> q.setParameterList("uris", uris));
    }

    /**
     * Live posts answering one of {@code uris} (what their {@code inReplyTo} names), oldest first, at
     * most {@code limit}.
     */
    public List<RemotePost> liveRepliesTo(java.util.Collection<String> uris, int limit) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return read(
                "where p.deleted_at is null and p.in_reply_to in (:uris) order by p.id",
                limit,
                q -> q.setParameterList("uris", uris));
    }

    public Optional<RemotePost> byId(long id) {
        return read("where p.id = :id", 1, q -> q.setParameter("id", id)).stream()
                .findFirst();
    }

    /** A stored post as a reply names it: its id and its author's actor id. */
    public record Ref(long id, String actorUri) {}

    /** Stored posts by their URIs, in one query: what a reply's target is called here, and whose it is. */
    public java.util.Map<String, Ref> refsOf(java.util.Collection<String> uris) {
        java.util.Map<String, Ref> refs = new java.util.HashMap<>();
        if (!uris.isEmpty()) {
            Rows.listIn(
                            tx.session(),
                            "select uri, id, actor_uri from remote_post where uri in (:u)",
                            "u",
                            uris,
                            q -> q,
                            r -> r)
                    .forEach(r -> refs.put(r.str("uri"), new Ref(r.lng("id"), r.str("actor_uri"))));
        }
        return refs;
    }

    private List<RemotePost> read(
            String where,
            int limit,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return read(tx, where, limit, bind);
    }

    /** Stored posts with their authors' names, chosen by {@code where} (also read by {@link RemoteTimelineRepository}). */
    static List<RemotePost> read(
            Transactions tx,
            String where,
            int limit,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(), SELECT + where, q -> bind.apply(q).setMaxResults(limit), RemotePostRepository::post);
    }

    /**
     * A stored post from a row with the {@code remote_post} columns (visibility included) and its author's {@code actor_name},
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
                r.instant("updated"),
                r.bool("sensitive"),
                r.str("language"),
                r.str("in_reply_to"),
                List.of(),
                List.of());
        String username = r.str("preferred_username");
        String handle = username == null ? null : "@" + username + "@" + r.str("host");
        return new RemotePost(
                r.lng("id"),
                c,
                r.instant("deleted_at"),
                r.instant("received_at"),
                r.str("actor_name"),
                handle,
                r.enumOf(Visibility.class, "visibility"),
                r.str("quote_uri"));
    }
}
