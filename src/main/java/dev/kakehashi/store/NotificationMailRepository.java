package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The e-mail side of notifications: which authors have notifications they want mailed, locking
 * them for one digest (the notification table's owner, {@link NotificationRepository}, stamps
 * them), and the log of digest mails the hourly limit counts (notification_email).
 */
public final class NotificationMailRepository {
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    /**
     * Unmailed, recent enough, and of a kind the author chose (no email_preference row: followers
     * and replies yes, mentions no). Subqueries rather than a join, so the rows can be locked.
     */
    private static final String WANTED = " n.emailed_at is null and n.created_at >= :oldest and ("
            + "n.kind in ('FOLLOW', 'FOLLOW_REQUEST') and coalesce((select p.followers from email_preference p"
            + " where p.account_id = n.account_id), true)"
            + " or n.kind = 'REPLY' and coalesce((select p.replies from email_preference p"
            + " where p.account_id = n.account_id), true)"
            + " or n.kind = 'MENTION' and coalesce((select p.mentions from email_preference p"
            + " where p.account_id = n.account_id), false))";

    /** Who is told: the author's address and name. */
    public record Recipient(long accountId, String email, String displayName) {}

    /** One claimed notification, with what a mail says about it. */
    public record Claimed(
            long id,
            String kind,
            String actorUri,
            String actorName,
            String actorUsername,
            String actorHost,
            String actorUrl,
            Long postId,
            String postTitle,
            String commentHtml,
            Instant createdAt) {}

    private final Transactions tx;

    public NotificationMailRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Authors with notifications they want mailed who have had fewer than {@code maxPerHour} digest
     * mails tried since {@code hourAgo}, at most {@code limit} of them.
     */
    public List<Long> authorsDue(Instant oldest, Instant hourAgo, int maxPerHour, int limit) {
        List<Object> ids = tx.session()
                .createNativeQuery(
                        "select distinct n.account_id from notification n where" + WANTED
                                + " and (select count(*) from notification_email e where e.account_id = n.account_id"
                                + " and e.attempted_at > :hourAgo) < :max",
                        Object.class)
                .setParameter("oldest", oldest)
                .setParameter("hourAgo", hourAgo)
                .setParameter("max", maxPerHour)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Digest mails tried for this author since {@code since} (sent, failed or in flight). */
    public long attemptsSince(long accountId, Instant since) {
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select count(*) from notification_email where account_id = :a and attempted_at > :s",
                                Object.class)
                        .setParameter("a", accountId)
                        .setParameter("s", since)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Locks up to {@code limit} of the author's wanted notifications, oldest first, skipping rows
     * another node holds; the caller stamps them ({@link NotificationRepository#markEmailed}) in the
     * same transaction, which commits the claim.
     */
    public List<Long> lockDue(long accountId, Instant oldest, int limit) {
        List<Object> rows = tx.session()
                .createNativeQuery(
                        "select n.id from notification n where n.account_id = :a and" + WANTED
                                + " order by n.created_at, n.id limit :limit for update skip locked",
                        Object.class)
                .setParameter("a", accountId)
                .setParameter("oldest", oldest)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** What the digest says about each claimed notification, oldest first. */
    public List<Claimed> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Rows.list(
                tx.session(),
                "select n.id, n.kind, n.actor_uri, ra.name, ra.preferred_username, ra.host, ra.url,"
                        + " n.post_id, p.title, c.content_html, n.created_at from notification n"
                        + " left join remote_actor ra on ra.uri = n.actor_uri"
                        + " left join post p on p.id = n.post_id"
                        + " left join post_comment c on c.id = n.comment_id"
                        + " where n.id in (:ids) order by n.created_at, n.id",
                q -> q.setParameterList("ids", ids),
                r -> new Claimed(
                        r.lng("id"),
                        r.str("kind"),
                        r.str("actor_uri"),
                        r.str("name"),
                        r.str("preferred_username"),
                        r.str("host"),
                        r.str("url"),
                        r.lngOrNull("post_id"),
                        r.str("title"),
                        r.str("content_html"),
                        r.instant("created_at")));
    }

    public Optional<Recipient> recipient(long accountId) {
        return Rows.first(
                tx.session(),
                "select id, email, display_name from account where id = :a",
                q -> q.setParameter("a", accountId),
                r -> new Recipient(r.lng("id"), r.str("email"), r.str("display_name")));
    }

    /** Logs a digest mail about to be sent; counts toward the author's hourly limit at once. */
    public long startAttempt(long accountId, int notifications, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into notification_email (id, account_id, state, notifications,"
                        + " attempted_at) values (:id, :a, :s, :n, :now)")
                .setParameter("id", id)
                .setParameter("a", accountId)
                .setParameter("s", SENDING)
                .setParameter("n", notifications)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    public void finishAttempt(long attemptId, String state) {
        tx.session()
                .createNativeMutationQuery("update notification_email set state = :s where id = :id")
                .setParameter("s", state)
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    /** Forgets an attempt that never reached the server (it was down): it does not count. */
    public void dropAttempt(long attemptId) {
        tx.session()
                .createNativeMutationQuery("delete from notification_email where id = :id")
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    /** Drops the log of mails older than {@code before}; only the last hour is ever counted. */
    public int pruneAttempts(Instant before) {
        return tx.session()
                .createNativeMutationQuery("delete from notification_email where attempted_at < :b")
                .setParameter("b", before)
                .executeUpdate();
    }
}
