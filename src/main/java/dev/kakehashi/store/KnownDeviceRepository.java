package dev.kakehashi.store;

import java.time.Instant;

/** Browsers that have signed in to an account before, by the hash of their device cookie. */
public final class KnownDeviceRepository {
    private final Transactions tx;

    public KnownDeviceRepository(Transactions tx) {
        this.tx = tx;
    }

    public boolean known(long accountId, String deviceHash) {
        Number n = (Number) tx.session()
                .createNativeQuery("select count(*) from known_device where account_id = :a and device_hash = :d")
                .setParameter("a", accountId)
                .setParameter("d", deviceHash)
                .getSingleResult();
        return n.longValue() > 0;
    }

    public void add(long accountId, String deviceHash, Instant now) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into known_device (account_id, device_hash, first_seen_at)" + " values (:a, :d, :now)")
                .setParameter("a", accountId)
                .setParameter("d", deviceHash)
                .setParameter("now", now)
                .executeUpdate();
    }
}
