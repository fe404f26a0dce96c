package dev.kakehashi.store;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.QueuedComment;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * The moderation queue's reads of {@code post_comment}, beside {@link CommentRepository}: who
 * commented before, live comments by status with their posts and authors, a page at a time, and
 * the one comment a decision is about, locked.
 */
public final class CommentQueries {
    private static final String QUEUE_SELECT = "select c.id, c.post_id, p.title, p.kind, p.slug, p.body_html,"
            + " p.author_id, c.uri, c.url, c.actor_uri, c.account_id, a.name as actor_name, a.preferred_username, c.actor_host,"
            + " a.icon_url, a.url as actor_url, c.content_html, c.summary, c.status, c.published, c.received_at"
            + " from post_comment c join post p on p.id = c.post_id"
            + " left join remote_actor a on a.uri = c.actor_uri ";

    /** What deciding on one comment needs: its post's author and where it stands. */
    public record Target(long id, long postId, long postAuthorId, String actorUri, CommentStatus status) {}

    private final Transactions tx;

    public CommentQueries(Transactions tx) {
        this.tx = tx;
    }

    /** True when this actor has a published, not deleted comment anywhere on the blog. */
    public boolean hasPublishedComment(String actorUri) {
        return !tx.session()
                .createNativeQuery(
                        "select c.id from post_comment c where c.actor_uri = :a and c.status = :s"
                                + " and c.deleted_at is null",
                        Object.class)
                .setParameter("a", actorUri)
                .setParameter("s", CommentStatus.PUBLISHED.name())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * One page of live comments with this status, newest first.
     *
     * @param postAuthorId only comments on this author's posts, or null for all
     */
    public List<QueuedComment> queue(CommentStatus status, Long postAuthorId, int offset, int limit) {
        return Rows.list(
                tx.session(),
                QUEUE_SELECT + where(postAuthorId) + " order by c.received_at desc, c.id desc",
                q -> {
                    bind(q, status, postAuthorId);
                    return q.setFirstResult(offset).setMaxResults(limit);
                },
                r -> new QueuedComment(
                        r.lng("id"),
                        r.lng("post_id"),
                        r.str("title"),
                        r.str("kind"),
                        r.str("slug"),
                        r.str("body_html"),
                        r.lng("author_id"),
                        r.str("uri"),
                        r.str("url"),
                        r.str("actor_uri"),
                        r.lngOrNull("account_id"),
                        r.str("actor_name"),
                        r.str("preferred_username"),
                        r.str("actor_host"),
                        r.str("icon_url"),
                        r.str("actor_url"),
                        r.str("content_html"),
                        r.str("summary"),
                        r.enumOf(CommentStatus.class, "status"),
                        r.instant("published"),
                        r.instant("received_at")));
    }

    /** How many live comments have this status (on this author's posts, or all when null). */
    public long count(CommentStatus status, Long postAuthorId) {
        NativeQuery<Object> q = tx.session()
                .createNativeQuery(
                        "select count(*) from post_comment c join post p on p.id = c.post_id " + where(postAuthorId),
                        Object.class);
        bind(q, status, postAuthorId);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(Long postAuthorId) {
        return "where c.status = :s and c.deleted_at is null"
                + (postAuthorId == null ? "" : " and p.author_id = :author");
    }

    private static void bind(NativeQuery<?> q, CommentStatus status, Long postAuthorId) {
        q.setParameter("s", status.name());
        if (postAuthorId != null) {
            q.setParameter("author", postAuthorId);
        }
    }

    /** A live (not deleted) comment, locked for the decision about it. */
    public Optional<Target> target(long id) {
        return Rows.first(
                tx.session(),
                "select c.id, c.post_id, p.author_id, c.actor_uri, c.status from post_comment c"
                        + " join post p on p.id = c.post_id where c.id = :id and c.deleted_at is null for update",
                q -> q.setParameter("id", id),
                r -> new Target(
                        r.lng("id"),
                        r.lng("post_id"),
                        r.lng("author_id"),
                        r.str("actor_uri"),
                        r.enumOf(CommentStatus.class, "status")));
    }
}
