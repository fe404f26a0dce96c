package dev.kakehashi.store;

import dev.kakehashi.domain.InboxState;
import dev.kakehashi.domain.Snowflake;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Received activities waiting to be processed, and their outcome. */
public final class InboxRepository {
    /** A stored activity, as the handler job sees it. */
    public record Received(
            long id,
            String activityId,
            String type,
            String actorUri,
            String signerUri,
            String recipient,
            String body,
            int attempts) {}

    private static final String INSERT = "insert into inbox_activity (id, activity_id, activity_type, actor_uri,"
            + " signer_uri, recipient, body, state, attempts, received_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict do nothing";

    private final Transactions tx;

    public InboxRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Stores an activity; returns false when one with the same id was already received (peers
     * retry, and shared inboxes get one copy per server), so it is processed once. Outside a unit of
     * work the row is committed at once.
     */
    public boolean add(
            String activityId,
            String type,
            String actorUri,
            String signerUri,
            String recipient,
            String body,
            Instant now) {
        // One statement in autocommit: the 202 path costs one round trip (see Transactions.autocommit).
        int inserted = tx.autocommit(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setLong(1, Snowflake.next());
                ps.setString(2, activityId);
                ps.setString(3, type);
                ps.setString(4, actorUri);
                ps.setString(5, signerUri);
                ps.setString(6, recipient);
                ps.setString(7, body);
                ps.setString(8, InboxState.RECEIVED.name());
                ps.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                return ps.executeUpdate();
            }
        });
        return inserted > 0;
    }

    /**
     * Claims received activities in arrival order until {@code until}: other nodes and later calls
     * skip them (rows another transaction is claiming are skipped too, never waited for).
     */
    public List<Received> claim(int limit, Instant now, Instant until) {
        List<Received> claimed = Rows.list(
                tx.session(),
                "select id, activity_id, activity_type, actor_uri, signer_uri, recipient, body,"
                        + " attempts from inbox_activity where state = :received"
                        + " and (claimed_until is null or claimed_until <= :now) order by id limit :limit"
                        + " for update skip locked",
                q -> q.setParameter("limit", limit)
                        .setParameter("now", now)
                        .setParameter("received", InboxState.RECEIVED.name()),
                r -> new Received(
                        r.lng("id"),
                        r.str("activity_id"),
                        r.str("activity_type"),
                        r.str("actor_uri"),
                        r.str("signer_uri"),
                        r.str("recipient"),
                        r.str("body"),
                        r.integer("attempts")));
        if (!claimed.isEmpty()) {
            tx.session()
                    .createNativeMutationQuery("update inbox_activity set claimed_until = :until where id in (:ids)")
                    .setParameter("until", until)
                    .setParameterList("ids", claimed.stream().map(Received::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    /**
     * Records an outcome. A row left {@code RECEIVED} (to be tried again) stays hidden until {@code
     * retryAt}; any other state ends the claim.
     */
    public void finish(long id, InboxState state, String error, Instant now, Instant retryAt) {
        tx.session()
                .createNativeMutationQuery("update inbox_activity set state = :st, attempts = attempts + 1,"
                        + " last_error = :err, processed_at = :now, claimed_until = :retry where id = :id")
                .setParameter("st", state.name())
                .setParameter(
                        "err", error == null || error.length() <= 500 ? error : error.substring(0, 500), String.class)
                .setParameter("now", now)
                .setParameter("retry", state == InboxState.RECEIVED ? retryAt : null, Instant.class)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Marks rows handled together as {@code PROCESSED}, in one statement. */
    public void finishProcessed(List<Long> ids, Instant now) {
        tx.session()
                .createNativeMutationQuery("update inbox_activity set state = :st, attempts = attempts + 1,"
                        + " last_error = null, processed_at = :now, claimed_until = null where id in (:ids)")
                .setParameter("st", InboxState.PROCESSED.name())
                .setParameter("now", now)
                .setParameterList("ids", ids)
                .executeUpdate();
    }
}
