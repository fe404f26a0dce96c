package dev.kakehashi.store;

import java.util.List;

/**
 * Remote actors following a local actor (rows written by the inbox's Follow handling): the totals
 * and pages of the followers collections, and where deliveries go.
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

    /**
     * Where to deliver to the accepted followers of {@code localActor}: each follower's shared inbox
     * when it has one, else its own, without duplicates.
     */
    public List<String> acceptedInboxes(String localActor) {
        return tx.session()
                .createNativeQuery(
                        "select distinct coalesce(remote_shared_inbox, remote_inbox) from follower"
                                + " where local_actor = :a and state = :s",
                        String.class)
                .setParameter("a", localActor)
                .setParameter("s", ACCEPTED)
                .getResultList();
    }

    /** Removes every follower reached through {@code url} (their inbox or shared inbox answered 410). */
    public int removeByInbox(String url) {
        return tx.session()
                .createNativeMutationQuery("delete from follower where remote_inbox = :u or remote_shared_inbox = :u")
                .setParameter("u", url)
                .executeUpdate();
    }
}
