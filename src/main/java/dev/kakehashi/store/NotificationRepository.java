package dev.kakehashi.store;

import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;

/** What authors are told (the notification table). Queries for the admin and e-mail live here too. */
public final class NotificationRepository {
    private final Transactions tx;

    public NotificationRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Records a notification for one author.
     *
     * @param postId the local post concerned, or null
     * @param commentId the comment concerned, or null
     * @return the new notification's id
     */
    public long add(long accountId, NotificationKind kind, String actorUri, Long postId, Long commentId, Instant now) {
        return add(accountId, kind, actorUri, postId, commentId, null, now);
    }

    /**
     * Records a notification about a reaction (like, boost, emoji, quote, mention): it goes when the
     * reaction goes (Undo, Delete).
     *
     * @param reactionId the reaction row, or null
     */
    public long add(
            long accountId,
            NotificationKind kind,
            String actorUri,
            Long postId,
            Long commentId,
            Long reactionId,
            Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into notification (id, account_id, kind, actor_uri, post_id,"
                        + " comment_id, reaction_id, created_at) values (:id, :account, :kind, :actor, :post,"
                        + " :comment, :reaction, :now)")
                .setParameter("id", id)
                .setParameter("account", accountId)
                .setParameter("kind", kind.name())
                .setParameter("actor", actorUri)
                .setParameter("post", postId, Long.class)
                .setParameter("comment", commentId, Long.class)
                .setParameter("reaction", reactionId, Long.class)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    /**
     * One notification as the admin page shows it, with who (from the remote actor cache, null
     * fields when not cached), the post (title, kind, the start of its HTML), the comment's link and
     * the reaction's emoji and remote post link.
     */
    public record Shown(
            long id,
            NotificationKind kind,
            String actorUri,
            String actorName,
            String actorUsername,
            String actorHost,
            String actorIconUrl,
            String actorProfileUrl,
            Long postId,
            String postTitle,
            String postKind,
            String postSlug,
            String postStart,
            Long commentId,
            String commentUrl,
            String emoji,
            String objectUrl,
            Instant createdAt,
            Instant readAt) {}

    /** An author's notifications, newest first, one page. */
    public List<Shown> forAccount(long accountId, int offset, int limit) {
        List<Object[]> rows = tx.session()
                .createNativeQuery(
                        "select n.id, n.kind, n.actor_uri, a.name, a.preferred_username, a.host, a.icon_url, a.url,"
                                + " n.post_id, p.title, p.kind as post_kind, p.slug, substr(p.body_html, 1, 400),"
                                + " n.comment_id, coalesce(c.url, c.uri), r.emoji, r.object_url, n.created_at,"
                                + " n.read_at from notification n"
                                + " left join remote_actor a on a.uri = n.actor_uri"
                                + " left join post p on p.id = n.post_id"
                                + " left join post_comment c on c.id = n.comment_id"
                                + " left join reaction r on r.id = n.reaction_id"
                                + " where n.account_id = :a order by n.created_at desc, n.id desc",
                        Object[].class)
                .setParameter("a", accountId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Shown(
                        ((Number) r[0]).longValue(),
                        NotificationKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        r[8] == null ? null : ((Number) r[8]).longValue(),
                        (String) r[9],
                        (String) r[10],
                        (String) r[11],
                        (String) r[12],
                        r[13] == null ? null : ((Number) r[13]).longValue(),
                        (String) r[14],
                        (String) r[15],
                        (String) r[16],
                        DeliveryRepository.toInstant(r[17]),
                        r[18] == null ? null : DeliveryRepository.toInstant(r[18])))
                .toList();
    }

    public long count(long accountId) {
        return number("select count(*) from notification where account_id = :a", accountId);
    }

    public long countUnread(long accountId) {
        return number("select count(*) from notification where account_id = :a and read_at is null", accountId);
    }

    /** @return how many were unread */
    public int markAllRead(long accountId, Instant now) {
        return tx.session()
                .createNativeMutationQuery(
                        "update notification set read_at = :now where account_id = :a and read_at is null")
                .setParameter("now", now)
                .setParameter("a", accountId)
                .executeUpdate();
    }

    private long number(String sql, long accountId) {
        return ((Number) tx.session()
                        .createNativeQuery(sql, Object.class)
                        .setParameter("a", accountId)
                        .getSingleResult())
                .longValue();
    }
}
