package dev.kakehashi.store;

import java.time.Instant;
import java.util.Optional;

/** One-time password reset tokens, by the hash of the token; each account has at most one. */
public final class PasswordResetRepository {
    private final Transactions tx;

    public PasswordResetRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Replaces any earlier link of this account: only the newest one works. */
    public void put(String tokenHash, long accountId, Instant now, Instant expires) {
        tx.session()
                .createNativeMutationQuery("delete from password_reset where account_id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        tx.session()
                .createNativeMutationQuery("insert into password_reset (token_hash, account_id, created_at, expires_at)"
                        + " values (:h, :a, :c, :e)")
                .setParameter("h", tokenHash)
                .setParameter("a", accountId)
                .setParameter("c", now)
                .setParameter("e", expires)
                .executeUpdate();
    }

    /** The account of a link that has not expired. */
    public Optional<Long> accountOf(String tokenHash, Instant now) {
        return tx.session()
                .createNativeQuery(
                        "select account_id from password_reset where token_hash = :h and expires_at > :n", Long.class)
                .setParameter("h", tokenHash)
                .setParameter("n", now)
                .getResultStream()
                .findFirst();
    }

    /** Uses the link up; false when another request used it first. */
    public boolean take(String tokenHash) {
        return tx.session()
                        .createNativeMutationQuery("delete from password_reset where token_hash = :h")
                        .setParameter("h", tokenHash)
                        .executeUpdate()
                == 1;
    }
}
