package dev.kakehashi.store;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;

/**
 * Activities waiting to be expanded into delivery rows. An activity is written in the same
 * transaction as the change it announces, so nothing published can be forgotten.
 */
public final class OutboxRepository {
    /** An activity to fan out. {@code targetInbox} set means one recipient (Accept, Reject...). */
    public record Pending(
            long id,
            String actorRef,
            ActivityType type,
            String objectUri,
            Long postId,
            String body,
            String targetInbox) {}

    private final Transactions tx;

    public OutboxRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Queues an activity. Its body may be null when it is rendered at fan-out time from the current
     * state of its post (so rapid edits send the latest text once).
     */
    public long add(OutboxEntry entry) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into outbox_activity (id, actor_ref, activity_type, object_uri,"
                        + " post_id, body, target_inbox, created_at, fan_out_after, superseded)"
                        + " values (:id, :actor, :type, :obj, :post, :body, :target, :now, :after, false)")
                .setParameter("id", id)
                .setParameter("actor", entry.actorRef())
                .setParameter("type", entry.type().asName())
                .setParameter("obj", entry.objectUri())
                .setParameter("post", entry.postId())
                .setParameter("body", entry.body())
                .setParameter("target", entry.targetInbox())
                .setParameter("now", entry.createdAt())
                .setParameter("after", entry.fanOutAfter())
                .executeUpdate();
        return id;
    }

    /** Claims activities due for fan-out, oldest first; other nodes skip them. */
    @SuppressWarnings("unchecked")
    public List<Pending> claimDue(Instant now, int limit) {
        return Rows.list(
                tx.session(),
                "select id, actor_ref, activity_type, object_uri, post_id, body, target_inbox"
                        + " from outbox_activity where fanned_out_at is null and fan_out_after <= :now"
                        + " order by id limit :limit for update skip locked",
                q -> q.setParameter("now", now).setParameter("limit", limit),
                r -> new Pending(
                        r.lng("id"),
                        r.str("actor_ref"),
                        ActivityType.of(r.str("activity_type")),
                        r.str("object_uri"),
                        r.lngOrNull("post_id"),
                        r.str("body"),
                        r.str("target_inbox")));
    }

    /** True when a later activity of the same type about the same post is still waiting. */
    public boolean hasNewerPending(Pending p) {
        if (p.postId() == null) {
            return false;
        }
        Number n = (Number) tx.session()
                .createNativeQuery("select count(*) from outbox_activity where post_id = :post"
                        + " and activity_type = :type and id > :id and fanned_out_at is null")
                .setParameter("post", p.postId())
                .setParameter("type", p.type().asName())
                .setParameter("id", p.id())
                .getSingleResult();
        return n.longValue() > 0;
    }

    public void markFannedOut(long id, String body, boolean superseded, Instant now) {
        tx.session()
                .createNativeMutationQuery("update outbox_activity set fanned_out_at = :now, body = :body,"
                        + " superseded = :sup where id = :id")
                .setParameter("now", now)
                .setParameter("body", body)
                .setParameter("sup", superseded)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Whether an activity of {@code type} about the post was ever queued (the blog's Announce...). */
    public boolean exists(long postId, ActivityType type) {
        Number n = (Number) tx.session()
                .createNativeQuery(
                        "select count(*) from outbox_activity where post_id = :post and activity_type = :type")
                .setParameter("post", postId)
                .setParameter("type", type.asName())
                .getSingleResult();
        return n.longValue() > 0;
    }
}
