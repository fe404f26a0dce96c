package dev.kakehashi.store;

import java.time.Instant;

/** The health of each remote host we deliver to: failures in a row, and a pause once they pile up. */
public final class RemoteHostRepository {
    private final Transactions tx;

    public RemoteHostRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * A success heals the host at once. These hosts are healed in one statement: a fan-out answered
     * by a thousand hosts is one update.
     */
    public void recordSuccess(java.util.Collection<String> hosts, Instant now) {
        if (hosts.isEmpty()) {
            return;
        }
        tx.session()
                .createNativeMutationQuery("update remote_host set consecutive_failures = 0, paused_until = null,"
                        + " last_error = null, updated_at = :now where host in (:h) and consecutive_failures > 0")
                .setParameterList("h", hosts)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** A host deliveries wait for: paused until {@code until} after failing {@code failures} times in a row. */
    public record Paused(String host, Instant until, int failures, String lastError) {}

    /** Hosts paused at {@code now}, the longest pause first, at most {@code limit}. */
    public java.util.List<Paused> pausedAt(Instant now, int limit) {
        return Rows.list(
                tx.session(),
                "select host, paused_until, consecutive_failures, last_error from remote_host"
                        + " where paused_until is not null and paused_until > :now order by paused_until desc",
                q -> q.setParameter("now", now).setMaxResults(limit),
                r -> new Paused(
                        r.str("host"),
                        r.instant("paused_until"),
                        (int) r.lng("consecutive_failures"),
                        r.str("last_error")));
    }

    /** Counts a failure; returns the failures in a row, this one included. */
    public int recordFailure(String host, String error, Instant now) {
        int updated = tx.session()
                .createNativeMutationQuery("update remote_host set consecutive_failures = consecutive_failures + 1,"
                        + " last_error = :e, updated_at = :now where host = :h")
                .setParameter("h", host)
                .setParameter("e", truncate(error))
                .setParameter("now", now)
                .executeUpdate();
        if (updated == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into remote_host (host, consecutive_failures, last_error,"
                            + " updated_at) values (:h, 1, :e, :now) on conflict do nothing")
                    .setParameter("h", host)
                    .setParameter("e", truncate(error))
                    .setParameter("now", now)
                    .executeUpdate();
            return 1;
        }
        Number n = (Number) tx.session()
                .createNativeQuery("select consecutive_failures from remote_host where host = :h")
                .setParameter("h", host)
                .getSingleResult();
        return n.intValue();
    }

    public void pauseUntil(String host, Instant until) {
        tx.session()
                .createNativeMutationQuery("update remote_host set paused_until = :u where host = :h")
                .setParameter("h", host)
                .setParameter("u", until)
                .executeUpdate();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 497) + "...";
    }
}
