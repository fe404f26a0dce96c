package dev.kakehashi.store;

import dev.kakehashi.domain.CommentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * The moderation side of {@code post_comment}: who commented before, the queue by status, and
 * status changes. Deleted comments keep their row (with {@code deleted_at}) so that a late or
 * repeated Create with the same id cannot bring them back.
 */
public final class CommentModerationRepository {
    /** A comment as the moderation queue lists it, with its post and what we know of its author. */
    public record QueueItem(
            long id,
            long postId,
            String postTitle,
            String postKind,
            String postSlug,
            String postBodyHtml,
            long postAuthorId,
            String uri,
            String url,
            String actorUri,
            String actorName,
            String actorUsername,
            String actorHost,
            String actorIconUrl,
            String actorProfileUrl,
            String contentHtml,
            String summary,
            CommentStatus status,
            Instant published,
            Instant receivedAt) {}

    /** What deciding on one comment needs: its post's author and where it stands. */
    public record Target(long id, long postId, long postAuthorId, String actorUri, CommentStatus status) {}

    private static final String QUEUE_SELECT = "select c.id, c.post_id, p.title, p.kind, p.slug, p.body_html,"
            + " p.author_id, c.uri, c.url, c.actor_uri, a.name, a.preferred_username, c.actor_host, a.icon_url,"
            + " a.url, c.content_html, c.summary, c.status, c.published, c.received_at"
            + " from post_comment c join post p on p.id = c.post_id"
            + " left join remote_actor a on a.uri = c.actor_uri ";

    private final Transactions tx;

    public CommentModerationRepository(Transactions tx) {
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
    public List<QueueItem> queue(CommentStatus status, Long postAuthorId, int offset, int limit) {
        NativeQuery<Object[]> q = tx.session()
                .createNativeQuery(
                        QUEUE_SELECT + where(postAuthorId) + " order by c.received_at desc, c.id desc", Object[].class);
        bind(q, status, postAuthorId);
        List<QueueItem> items = new ArrayList<>();
        for (Object[] r : q.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            items.add(new QueueItem(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    ((Number) r[6]).longValue(),
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    (String) r[13],
                    (String) r[14],
                    (String) r[15],
                    (String) r[16],
                    CommentStatus.valueOf((String) r[17]),
                    DeliveryRepository.toInstant(r[18]),
                    DeliveryRepository.toInstant(r[19])));
        }
        return items;
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
        List<Object[]> rows = tx.session()
                .createNativeQuery(
                        "select c.id, c.post_id, p.author_id, c.actor_uri, c.status from post_comment c"
                                + " join post p on p.id = c.post_id where c.id = :id and c.deleted_at is null"
                                + " for update",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Target(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        CommentStatus.valueOf((String) r[4])));
    }

    /** Moves a live comment to {@code status}; false when there is none. */
    public boolean setStatus(long id, CommentStatus status) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update post_comment set status = :s where id = :id and deleted_at is null")
                        .setParameter("s", status.name())
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /**
     * Deletes a comment for good: its content goes, the row stays as a tombstone (rejected, with
     * {@code deleted_at}) so the same activity id is recognised if it arrives again.
     */
    public boolean tombstone(long id, Instant now) {
        return tx.session()
                        .createNativeMutationQuery("update post_comment set deleted_at = :now, status = :s,"
                                + " content_html = null, summary = null, attachments = null"
                                + " where id = :id and deleted_at is null")
                        .setParameter("now", now)
                        .setParameter("s", CommentStatus.REJECTED.name())
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }
}
