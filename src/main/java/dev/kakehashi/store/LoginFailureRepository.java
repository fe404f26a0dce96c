package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;

/**
 * Failed logins, counted per username and per address to slow down password guessing. Kept in the
 * database so that every node of a cluster sees the same count.
 */
public final class LoginFailureRepository {
    private final Transactions tx;

    public LoginFailureRepository(Transactions tx) {
        this.tx = tx;
    }

    public void record(String username, String remoteIp, Instant at) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into login_failure (id, username, remote_ip, failed_at) values (:id, :u, :ip, :at)")
                .setParameter("id", Snowflake.next())
                .setParameter("u", username)
                .setParameter("ip", remoteIp)
                .setParameter("at", at)
                .executeUpdate();
    }

    public long countForUsernameSince(String username, Instant since) {
        return count("username", username, since);
    }

    public long countForIpSince(String remoteIp, Instant since) {
        return count("remote_ip", remoteIp, since);
    }

    public void clearUsername(String username) {
        tx.session()
                .createNativeMutationQuery("delete from login_failure where username = :u")
                .setParameter("u", username)
                .executeUpdate();
    }

    public int removeOlderThan(Instant before) {
        return tx.session()
                .createNativeMutationQuery("delete from login_failure where failed_at < :t")
                .setParameter("t", before)
                .executeUpdate();
    }

    private long count(String column, String value, Instant since) {
        Number n = (Number) tx.session()
                .createNativeQuery("select count(*) from login_failure where " + column + " = :v and failed_at >= :t")
                .setParameter("v", value)
                .setParameter("t", since)
                .getSingleResult();
        return n.longValue();
    }
}
