package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The threads each author muted from an app (the status_mute table). */
public final class ThreadMuteRepository {
    private final Transactions tx;

    public ThreadMuteRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Mutes a thread; muting it again changes nothing. */
    public void add(long accountId, long statusId, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into status_mute (id, account_id, status_id, created_at)"
                        + " values (:id, :a, :s, :now) on conflict do nothing")
                .setParameter("id", Snowflake.next())
                .setParameter("a", accountId)
                .setParameter("s", statusId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void remove(long accountId, long statusId) {
        tx.session()
                .createNativeMutationQuery("delete from status_mute where account_id = :a and status_id = :s")
                .setParameter("a", accountId)
                .setParameter("s", statusId)
                .executeUpdate();
    }

    public boolean muted(long accountId, long statusId) {
        // Plain JDBC: asked for every Like and boost the inbox receives.
        return Rows.selectFirst(
                        tx,
                        "select status_id from status_mute where account_id = :account and status_id = :status",
                        p -> p.lng("account", accountId).lng("status", statusId),
                        r -> r.lng("status_id"))
                .isPresent();
    }

    /** Which of these statuses the author muted. */
    public Set<Long> of(long accountId, Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Rows.list(
                tx.session(),
                "select status_id from status_mute where account_id = :a and status_id in (:s)",
                q -> q.setParameter("a", accountId).setParameterList("s", statusIds),
                r -> r.lng("status_id")));
    }
}
