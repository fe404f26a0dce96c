package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Remote actors our local actors follow: PENDING until their Accept, then ACCEPTED. */
public final class FollowingRepository {
    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";

    /** One followed actor. */
    public record Row(
            String localActor, String remoteActorUri, String state, String followActivityId, Instant createdAt) {}

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
                .setParameter("s", PENDING)
                .setParameter("f", followActivityId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public Optional<Row> find(String localActor, String remoteActorUri) {
        return rows("where local_actor = :l and remote_actor_uri = :r", q -> q.setParameter("l", localActor)
                        .setParameter("r", remoteActorUri))
                .stream()
                .findFirst();
    }

    public Optional<Row> byFollowActivity(String followActivityId) {
        return rows("where follow_activity_id = :f", q -> q.setParameter("f", followActivityId)).stream()
                .findFirst();
    }

    /** Every local actor following {@code remoteActorUri}, whatever the state. */
    public List<Row> followersOf(String remoteActorUri) {
        return rows("where remote_actor_uri = :r", q -> q.setParameter("r", remoteActorUri));
    }

    /** Who {@code localActor} follows, newest first. */
    public List<Row> of(String localActor) {
        return rows("where local_actor = :l order by created_at desc, id desc", q -> q.setParameter("l", localActor));
    }

    public boolean accept(String localActor, String remoteActorUri) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update following set state = :s where local_actor = :l" + " and remote_actor_uri = :r")
                        .setParameter("s", ACCEPTED)
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

    @SuppressWarnings("unchecked")
    private List<Row> rows(
            String where, java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<Object[]>> bind) {
        List<Object[]> raw = bind.apply(tx.session()
                        .createNativeQuery(
                                "select local_actor, remote_actor_uri, state, follow_activity_id, created_at from following "
                                        + where,
                                Object[].class))
                .getResultList();
        List<Row> out = new ArrayList<>();
        for (Object[] r : raw) {
            out.add(new Row(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], DeliveryRepository.toInstant(r[4])));
        }
        return out;
    }
}
