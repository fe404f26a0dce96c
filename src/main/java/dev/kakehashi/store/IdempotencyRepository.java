package dev.kakehashi.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which status an author's request key made (Mastodon's {@code Idempotency-Key}). */
public final class IdempotencyRepository {
    private final Transactions tx;

    public IdempotencyRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The status made under this key since {@code since}, if any. */
    public Optional<Long> statusFor(long accountId, String keyHash, Instant since) {
        List<Object> ids = tx.session()
                .createNativeQuery(
                        "select status_id from api_idempotency where account_id = :a and key_hash = :k"
                                + " and created_at >= :since",
                        Object.class)
                .setParameter("a", accountId)
                .setParameter("k", keyHash)
                .setParameter("since", since)
                .getResultList();
        return ids.stream().findFirst().map(n -> ((Number) n).longValue());
    }

    /** Records the key, replacing an expired use of it, and drops the author's expired keys. */
    public void remember(long accountId, String keyHash, long statusId, Instant now, Instant expiredBefore) {
        tx.session()
                .createNativeMutationQuery("delete from api_idempotency where account_id = :a"
                        + " and (created_at < :old or key_hash = :k)")
                .setParameter("a", accountId)
                .setParameter("old", expiredBefore)
                .setParameter("k", keyHash)
                .executeUpdate();
        tx.session()
                .createNativeMutationQuery("insert into api_idempotency (account_id, key_hash, status_id, created_at)"
                        + " values (:a, :k, :s, :now)")
                .setParameter("a", accountId)
                .setParameter("k", keyHash)
                .setParameter("s", statusId)
                .setParameter("now", now)
                .executeUpdate();
    }
}
