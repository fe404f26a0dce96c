package dev.kakehashi.store;

import dev.kakehashi.domain.DeliveryState;
import dev.kakehashi.domain.Snowflake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.MutationQuery;

/**
 * Delivery rows: one per activity and inbox. Workers claim due rows with {@code FOR UPDATE SKIP
 * LOCKED} and a lease, so several nodes share the work and a crashed worker's rows come back.
 */
public final class DeliveryRepository {
    /** A claimed row with what is needed to send it. */
    public record Due(
            long id,
            long activityId,
            String inboxUrl,
            String host,
            int attempts,
            String actorRef,
            String body,
            Instant createdAt) {}

    /** Counts per state for one post's activities, and the latest errors. */
    public record Stats(long delivered, long retrying, long pending, long failed, List<String> lastErrors) {}

    static final int INSERT_CHUNK = 200;

    private final Transactions tx;

    public DeliveryRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Adds one PENDING row per inbox; an inbox that already has a row for the activity is skipped.
     * Rows go in as multi-row inserts: a fan-out to thousands of servers is a few statements.
     */
    public int addAll(long activityId, Map<String, String> inboxToHost, Instant now) {
        List<Map.Entry<String, String>> all = new ArrayList<>(inboxToHost.entrySet());
        int added = 0;
        for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
            List<Map.Entry<String, String>> chunk = all.subList(from, Math.min(all.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("insert into delivery (id, activity_id, inbox_url, host, state,"
                    + " attempts, next_attempt_at, created_at, updated_at) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(:id")
                        .append(i)
                        .append(", :a, :inbox")
                        .append(i)
                        .append(", :host")
                        .append(i)
                        .append(", :pending, 0, :now, :now, :now)");
            }
            var insert = tx.session().createNativeMutationQuery(sql + " on conflict do nothing");
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter("id" + i, Snowflake.next())
                        .setParameter("inbox" + i, chunk.get(i).getKey())
                        .setParameter("host" + i, chunk.get(i).getValue());
            }
            added += insert.setParameter("a", activityId)
                    .setParameter("pending", DeliveryState.PENDING.name())
                    .setParameter("now", now)
                    .executeUpdate();
        }
        return added;
    }

    /**
     * Claims up to {@code limit} due rows of hosts that are not paused, leasing them for {@code
     * lease}: another worker skips them meanwhile, and if this one dies they are due again after.
     * {@code node} is recorded on each row as its claimant.
     */
    @SuppressWarnings("unchecked")
    public List<Due> claimDue(Instant now, int limit, Duration lease, String node) {
        List<Number> ids = tx.session()
                .createNativeQuery("select d.id from delivery d"
                        + " where d.state = :pending and d.next_attempt_at <= :now"
                        + " and (d.leased_until is null or d.leased_until <= :now)"
                        + " and not exists (select 1 from remote_host h where h.host = d.host"
                        + "   and h.paused_until is not null and h.paused_until > :now)"
                        + " order by d.next_attempt_at limit :limit for update skip locked")
                .setParameter("pending", DeliveryState.PENDING.name())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> longIds = ids.stream().map(Number::longValue).toList();
        tx.session()
                .createNativeMutationQuery(
                        "update delivery set leased_until = :until, claimed_by = :node where id in (:ids)")
                .setParameter("until", now.plus(lease))
                .setParameter("node", node)
                .setParameterList("ids", longIds)
                .executeUpdate();
        return Rows.list(
                tx.session(),
                "select d.id, d.activity_id, d.inbox_url, d.host, d.attempts, a.actor_ref, a.body,"
                        + " d.created_at from delivery d join outbox_activity a on a.id = d.activity_id"
                        + " where d.id in (:ids)",
                q -> q.setParameterList("ids", longIds),
                r -> new Due(
                        r.lng("id"),
                        r.lng("activity_id"),
                        r.str("inbox_url"),
                        r.str("host"),
                        r.integer("attempts"),
                        r.str("actor_ref"),
                        r.str("body"),
                        r.instant("created_at")));
    }

    /** Gives claimed rows back unsent: due again at once, no attempt counted. */
    public void release(List<Long> ids) {
        tx.session()
                .createNativeMutationQuery(
                        "update delivery set leased_until = null where id in (:ids) and state = :pending")
                .setParameter("pending", DeliveryState.PENDING.name())
                .setParameterList("ids", ids)
                .executeUpdate();
    }

    /** Marks rows delivered, all answered with {@code status}, in one statement. */
    public void markDelivered(List<Long> ids, int status, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        tx.session()
                .createNativeMutationQuery("update delivery set state = :delivered, attempts = attempts + 1,"
                        + " leased_until = null, last_status = :st, last_error = null, updated_at = :now"
                        + " where id in (:ids)")
                .setParameter("delivered", DeliveryState.DELIVERED.name())
                .setParameter("st", status)
                .setParameter("now", now)
                .setParameterList("ids", ids)
                .executeUpdate();
    }

    public void markFailed(long id, Integer status, String error, Instant now) {
        finish(id, DeliveryState.FAILED, status, error, now);
    }

    public void markRetry(long id, Integer status, String error, Instant nextAttempt, Instant now) {
        tx.session()
                .createNativeMutationQuery("update delivery set attempts = attempts + 1, next_attempt_at = :next,"
                        + " leased_until = null, last_status = :st, last_error = :err, updated_at = :now"
                        + " where id = :id")
                .setParameter("next", nextAttempt)
                .setParameter("st", status)
                .setParameter("err", truncate(error))
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Rows still waiting for hosts of the domain (and its subdomains) fail for good, with the error
     * {@code reason} (a block); returns how many.
     */
    public int cancelWaitingToDomain(String domain, String reason, Instant now) {
        return HostMatch.bind(cancelWaiting(HostMatch.condition("host", domain), reason, now), domain)
                .executeUpdate();
    }

    /** Rows still waiting for one inbox (a blocked actor's own) fail for good, with the error {@code reason}. */
    public int cancelWaitingToInbox(String inboxUrl, String reason, Instant now) {
        return cancelWaiting("inbox_url = :i", reason, now)
                .setParameter("i", inboxUrl)
                .executeUpdate();
    }

    private MutationQuery cancelWaiting(String where, String reason, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update delivery set state = :failed, last_error = :e, leased_until = null,"
                        + " updated_at = :now where state = :pending and " + where)
                .setParameter("failed", DeliveryState.FAILED.name())
                .setParameter("pending", DeliveryState.PENDING.name())
                .setParameter("e", reason)
                .setParameter("now", now);
    }

    private void finish(long id, DeliveryState state, Integer status, String error, Instant now) {
        tx.session()
                .createNativeMutationQuery("update delivery set state = :state, attempts = attempts + 1,"
                        + " leased_until = null, last_status = :st, last_error = :err, updated_at = :now"
                        + " where id = :id")
                .setParameter("state", state.name())
                .setParameter("st", status)
                .setParameter("err", truncate(error))
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** How the deliveries of every activity about one post stand. */
    public Stats statsForPost(long postId) {
        Map<String, Long> counts = new HashMap<>();
        Rows.list(
                        tx.session(),
                        "select d.state, case when d.attempts > 0 then 1 else 0 end as retried, count(*) as n"
                                + " from delivery d join outbox_activity a on a.id = d.activity_id where a.post_id = :p"
                                + " group by d.state, case when d.attempts > 0 then 1 else 0 end",
                        q -> q.setParameter("p", postId),
                        r -> r)
                .forEach(r -> counts.merge(
                        key(DeliveryState.valueOf(r.str("state")), r.integer("retried") > 0), r.lng("n"), Long::sum));
        List<String> errors = tx.session()
                .createNativeQuery("select d.host || ': ' || d.last_error from delivery d"
                        + " join outbox_activity a on a.id = d.activity_id"
                        + " where a.post_id = :p and d.last_error is not null and d.state <> :delivered"
                        + " order by d.updated_at desc limit 5")
                .setParameter("p", postId)
                .setParameter("delivered", DeliveryState.DELIVERED.name())
                .getResultList();
        return new Stats(
                count(counts, DeliveryState.DELIVERED, false) + count(counts, DeliveryState.DELIVERED, true),
                count(counts, DeliveryState.PENDING, true),
                count(counts, DeliveryState.PENDING, false),
                count(counts, DeliveryState.FAILED, false) + count(counts, DeliveryState.FAILED, true),
                errors);
    }

    /** A state, and whether its rows were attempted before (a retrying PENDING row...). */
    private static String key(DeliveryState state, boolean retried) {
        return state.name() + (retried ? "+" : "");
    }

    private static long count(Map<String, Long> counts, DeliveryState state, boolean retried) {
        return counts.getOrDefault(key(state, retried), 0L);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 497) + "...";
    }
}
