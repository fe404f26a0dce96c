package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;

/**
 * Password guesses (logins, and the current password on the password form), one row per guess,
 * reserved before the password is checked. Kept in the database so that every node of a cluster
 * sees the same count. The {@code username} column holds the key the guess counts against (one
 * per account, whether it was named by username or e-mail).
 */
public final class LoginFailureRepository {
    private final Transactions tx;

    public LoginFailureRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Inserts a guess and returns its id. */
    public long reserve(String key, String remoteIp, Instant at) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery(
                        "insert into login_failure (id, username, remote_ip, failed_at) values (:id, :u, :ip, :at)")
                .setParameter("id", id)
                .setParameter("u", key)
                .setParameter("ip", remoteIp)
                .setParameter("at", at)
                .executeUpdate();
        return id;
    }

    /** Marks a guess the limit turned away: it no longer counts against the key from other addresses. */
    public void markRefused(long id) {
        tx.session()
                .createNativeMutationQuery("update login_failure set refused = true where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    public void remove(long id) {
        tx.session()
                .createNativeMutationQuery("delete from login_failure where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Every guess at {@code key} from {@code remoteIp}, refused ones included. */
    public long countForKeyAndIpSince(String key, String remoteIp, Instant since) {
        return count("username = :k and remote_ip = :ip", key, remoteIp, since);
    }

    /** Guesses at {@code key} from any address that the limit let through. */
    public long countCheckedForKeySince(String key, Instant since) {
        return count("username = :k and refused = false", key, null, since);
    }

    /** Every guess from {@code remoteIp}, at any key. */
    public long countForIpSince(String remoteIp, Instant since) {
        return count("remote_ip = :ip", null, remoteIp, since);
    }

    /** Forgets the guesses at {@code key} from one address (after that address got it right). */
    public void clear(String key, String remoteIp) {
        tx.session()
                .createNativeMutationQuery("delete from login_failure where username = :u and remote_ip = :ip")
                .setParameter("u", key)
                .setParameter("ip", remoteIp)
                .executeUpdate();
    }

    public int removeOlderThan(Instant before) {
        return tx.session()
                .createNativeMutationQuery("delete from login_failure where failed_at < :t")
                .setParameter("t", before)
                .executeUpdate();
    }

    private long count(String where, String key, String remoteIp, Instant since) {
        var q = tx.session()
                .createNativeQuery("select count(*) from login_failure where " + where + " and failed_at >= :t")
                .setParameter("t", since);
        if (key != null) {
            q.setParameter("k", key);
        }
        if (remoteIp != null) {
            q.setParameter("ip", remoteIp);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
