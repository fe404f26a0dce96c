package dev.kakehashi.store;

import java.time.Instant;

/** Challenges for signing in with a passkey alone, each answerable once before it lapses. */
public final class PasskeyChallengeRepository {
    private final Transactions tx;

    public PasskeyChallengeRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(String challenge, Instant expiresAt) {
        tx.session()
                .createNativeMutationQuery("insert into passkey_challenge (challenge, expires_at) values (:c, :e)")
                .setParameter("c", challenge)
                .setParameter("e", expiresAt)
                .executeUpdate();
    }

    /** Removes the challenge if it is still live; false when it lapsed, was never made or was already taken. */
    public boolean take(String challenge, Instant now) {
        return tx.session()
                        .createNativeMutationQuery(
                                "delete from passkey_challenge where challenge = :c and expires_at > :now")
                        .setParameter("c", challenge)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    public long live(Instant now) {
        return ((Number) tx.session()
                        .createNativeQuery("select count(*) from passkey_challenge where expires_at > :now")
                        .setParameter("now", now)
                        .getSingleResult())
                .longValue();
    }

    public int removeExpired(Instant now) {
        return tx.session()
                .createNativeMutationQuery("delete from passkey_challenge where expires_at <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
