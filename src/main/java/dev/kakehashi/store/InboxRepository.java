package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
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

    private final Transactions tx;

    public InboxRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Stores an activity; returns false when one with the same id was already received (peers
     * retry, and shared inboxes get one copy per server), so it is processed once.
     */
    public boolean add(
            String activityId,
            String type,
            String actorUri,
            String signerUri,
            String recipient,
            String body,
            Instant now) {
        int inserted = tx.session()
                .createNativeMutationQuery("insert into inbox_activity (id, activity_id, activity_type, actor_uri,"
                        + " signer_uri, recipient, body, state, attempts, received_at)"
                        + " values (:id, :aid, :type, :actor, :signer, :rcpt, :body, 'RECEIVED', 0, :now)"
                        + " on conflict do nothing")
                .setParameter("id", Snowflake.next())
                .setParameter("aid", activityId)
                .setParameter("type", type)
                .setParameter("actor", actorUri)
                .setParameter("signer", signerUri)
                .setParameter("rcpt", recipient)
                .setParameter("body", body)
                .setParameter("now", now)
                .executeUpdate();
        return inserted > 0;
    }

    /** Claims received activities in arrival order; other nodes skip them. */
    public List<Received> claim(int limit) {
        return Rows.list(
                tx.session(),
                "select id, activity_id, activity_type, actor_uri, signer_uri, recipient, body,"
                        + " attempts from inbox_activity where state = 'RECEIVED' order by id limit :limit"
                        + " for update skip locked",
                q -> q.setParameter("limit", limit),
                r -> new Received(
                        r.lng("id"),
                        r.str("activity_id"),
                        r.str("activity_type"),
                        r.str("actor_uri"),
                        r.str("signer_uri"),
                        r.str("recipient"),
                        r.str("body"),
                        r.integer("attempts")));
    }

    public void finish(long id, String state, String error, Instant now) {
        tx.session()
                .createNativeMutationQuery("update inbox_activity set state = :st, attempts = attempts + 1,"
                        + " last_error = :err, processed_at = :now where id = :id")
                .setParameter("st", state)
                .setParameter("err", error == null || error.length() <= 500 ? error : error.substring(0, 500))
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }
}
