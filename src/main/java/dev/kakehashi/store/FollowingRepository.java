package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Remote actors our local actors follow: PENDING until their Accept, then ACCEPTED. */
public final class FollowingRepository {
    private static final String SELECT =
            "select local_actor, remote_actor_uri, state, follow_activity_id, created_at, notify from following ";

    private final Transactions tx;

    public FollowingRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(String localActor, String remoteActorUri, String followActivityId, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into following (id, local_actor, remote_actor_uri, state,"
                        + " follow_activity_id, created_at) values (:id, :l, :r, :s, :f, :now)")
                .setParameter("id", Snowflake.next())
                .setParameter("l", localActor)
                .setParameter("r", remoteActorUri)
                .setParameter("s", FollowState.PENDING.name())
                .setParameter("f", followActivityId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public Optional<Following> find(String localActor, String remoteActorUri) {
        return rows("where local_actor = :l and remote_actor_uri = :r", q -> q.setParameter("l", localActor)
                        .setParameter("r", remoteActorUri))
                .stream()
                .findFirst();
    }

    public Optional<Following> byFollowActivity(String followActivityId) {
        return rows("where follow_activity_id = :f", q -> q.setParameter("f", followActivityId)).stream()
                .findFirst();
    }

    /** Every local actor following {@code remoteActorUri}, whatever the state. */
    public List<Following> followersOf(String remoteActorUri) {
        // Plain JDBC: asked for every post the inbox receives.
        return Rows.select(
                tx,
                SELECT + "where remote_actor_uri = :actor",
                p -> p.str("actor", remoteActorUri),
                FollowingRepository::row);
    }

    /** Who {@code localActor} follows, newest first. */
    public List<Following> of(String localActor) {
        return rows("where local_actor = :l order by created_at desc, id desc", q -> q.setParameter("l", localActor));
    }

    /** How many remote actors {@code localActor} follows (accepted follows only), in one count. */
    public long countAccepted(String localActor) {
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select count(*) from following where local_actor = :l and state = :s", Object.class)
                        .setParameter("l", localActor)
                        .setParameter("s", FollowState.ACCEPTED.name())
                        .getSingleResult())
                .longValue();
    }

    /** Accepted follows of {@code localActor} in a range of row ids (Mastodon's paging). */
    public List<FollowerRepository.Edge> acceptedIn(String localActor, IdRange range) {
        return Rows.list(
                tx.session(),
                "select f.id, f.remote_actor_uri from following f where f.local_actor = :l and f.state = :s and "
                        + range.where("f.id") + range.order("f.id"),
                q -> q.setParameter("l", localActor)
                        .setParameter("s", FollowState.ACCEPTED.name())
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new FollowerRepository.Edge(r.lng("id"), r.str("remote_actor_uri")));
    }

    public boolean accept(String localActor, String remoteActorUri) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update following set state = :s where local_actor = :l" + " and remote_actor_uri = :r")
                        .setParameter("s", FollowState.ACCEPTED.name())
                        .setParameter("l", localActor)
                        .setParameter("r", remoteActorUri)
                        .executeUpdate()
                > 0;
    }

    /** Whether {@code localActor} is told of each new post of {@code remoteActorUri}; false when not following. */
    public boolean setNotify(String localActor, String remoteActorUri, boolean notify) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update following set notify = :n where local_actor = :l and remote_actor_uri = :r")
                        .setParameter("n", notify)
                        .setParameter("l", localActor)
                        .setParameter("r", remoteActorUri)
                        .executeUpdate()
                > 0;
    }

    public boolean remove(String localActor, String remoteActorUri) {
        return tx.session()
                        .createNativeMutationQuery(
                                "delete from following where local_actor = :l and remote_actor_uri = :r")
                        .setParameter("l", localActor)
                        .setParameter("r", remoteActorUri)
                        .executeUpdate()
                > 0;
    }

    private List<Following> rows(
            String where,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(tx.session(), SELECT + where, bind, FollowingRepository::row);
    }

    private static Following row(Rows.Row r) {
        return new Following(
                r.str("local_actor"),
                r.str("remote_actor_uri"),
                FollowState.valueOf(r.str("state")),
                r.str("follow_activity_id"),
                r.instant("created_at"),
                r.bool("notify"));
    }
}
