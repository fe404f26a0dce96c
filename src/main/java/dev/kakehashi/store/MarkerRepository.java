package dev.kakehashi.store;

import dev.kakehashi.domain.Marker;
import java.time.Instant;
import java.util.List;

/** Reading positions per author and timeline; each save bumps the version. */
public final class MarkerRepository {
    private final Transactions tx;

    public MarkerRepository(Transactions tx) {
        this.tx = tx;
    }

    public List<Marker> of(long accountId) {
        return Rows.list(
                tx.session(),
                "select timeline, last_read_id, version, updated_at from marker where account_id = :a",
                q -> q.setParameter("a", accountId),
                r -> new Marker(
                        r.str("timeline"), r.str("last_read_id"), r.integer("version"), r.instant("updated_at")));
    }

    /** Saves a position; the version counts the saves. */
    public void save(long accountId, String timeline, String lastReadId, Instant now) {
        int updated = tx.session()
                .createNativeMutationQuery("update marker set last_read_id = :id, version = version + 1,"
                        + " updated_at = :n where account_id = :a and timeline = :t")
                .setParameter("id", lastReadId)
                .setParameter("n", now)
                .setParameter("a", accountId)
                .setParameter("t", timeline)
                .executeUpdate();
        if (updated == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into marker (account_id, timeline, last_read_id, version,"
                            + " updated_at) values (:a, :t, :id, 1, :n)")
                    .setParameter("a", accountId)
                    .setParameter("t", timeline)
                    .setParameter("id", lastReadId)
                    .setParameter("n", now)
                    .executeUpdate();
        }
    }
}
