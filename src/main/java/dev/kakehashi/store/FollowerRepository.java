package dev.kakehashi.store;

import java.util.List;

/**
 * Remote actors following a local actor (rows written by the inbox's Follow handling). This side
 * only reads: the totals and pages of the followers collections.
 */
public final class FollowerRepository {
    public static final String ACCEPTED = "ACCEPTED";

    private final Transactions tx;

    public FollowerRepository(Transactions tx) {
        this.tx = tx;
    }

    public long countAccepted(String localActor) {
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select count(*) from follower where local_actor = :a and state = :s", Object.class)
                        .setParameter("a", localActor)
                        .setParameter("s", ACCEPTED)
                        .getSingleResult())
                .longValue();
    }

    /** Accepted followers' actor URIs, oldest follow first, one page. */
    public List<String> accepted(String localActor, int offset, int limit) {
        return tx.session()
                .createNativeQuery(
                        "select remote_actor_uri from follower where local_actor = :a and state = :s"
                                + " order by created_at, id",
                        String.class)
                .setParameter("a", localActor)
                .setParameter("s", ACCEPTED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
