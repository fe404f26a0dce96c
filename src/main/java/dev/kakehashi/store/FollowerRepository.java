package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remote actors following a local actor: written by the inbox's Follow/Undo/Delete handling and the
 * admin's approvals, read by the followers collections and the delivery audience.
 */
public final class FollowerRepository {
    private static final String ACCEPTED = FollowState.ACCEPTED.name();

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

    /** Whether {@code localActor} has an accepted follower whose actor lives on {@code host} (host[:port]). */
    public boolean hasAcceptedOnHost(String localActor, String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return ((Number) tx.session()
                                .createNativeQuery(
                                        "select count(*) from follower where local_actor = :a and state = :s"
                                                + " and (lower(remote_actor_uri) like :https escape '!'"
                                                + " or lower(remote_actor_uri) like :http escape '!')",
                                        Object.class)
                                .setParameter("a", localActor)
                                .setParameter("s", ACCEPTED)
                                .setParameter("https", "https://" + h + "/%")
                                .setParameter("http", "http://" + h + "/%")
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** How many accepted follows reach one inbox (a server's shared inbox, else a follower's own). */
    public record InboxFollows(String inbox, long follows) {}

    /**
     * Accepted follows of {@code localActor} (every local actor when null) per inbox they are
     * delivered to, most first, at most {@code limit} inboxes.
     */
    public List<InboxFollows> acceptedByInbox(String localActor, int limit) {
        return Rows.list(
                tx.session(),
                "select coalesce(remote_shared_inbox, remote_inbox) as inbox, count(*) as n from follower"
                        + " where state = :s" + (localActor == null ? "" : " and local_actor = :a")
                        + " group by coalesce(remote_shared_inbox, remote_inbox) order by n desc",
                q -> {
                    q.setParameter("s", ACCEPTED).setMaxResults(limit);
                    return localActor == null ? q : q.setParameter("a", localActor);
                },
                r -> new InboxFollows(r.str("inbox"), r.lng("n")));
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

    /** One follow, as a list of followers pages it: the row's id and the follower. */
    public record Edge(long id, String remoteActorUri) {}

    /** Accepted followers of {@code localActor} in a range of follow row ids (Mastodon's paging). */
    public List<Edge> acceptedIn(String localActor, IdRange range) {
        return Rows.list(
                tx.session(),
                "select f.id, f.remote_actor_uri from follower f where f.local_actor = :a and f.state = :s and "
                        + range.where("f.id") + range.order("f.id"),
                q -> q.setParameter("a", localActor)
                        .setParameter("s", ACCEPTED)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new Edge(r.lng("id"), r.str("remote_actor_uri")));
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

    public Optional<Follower> find(String localActor, String remoteActorUri) {
        return rows("where local_actor = :a and remote_actor_uri = :r", q -> q.setParameter("a", localActor)
                        .setParameter("r", remoteActorUri))
                .stream()
                .findFirst();
    }

    public Optional<Follower> byId(long id) {
        return rows("where id = :id", q -> q.setParameter("id", id)).stream().findFirst();
    }

    /** Every follower of every local actor (all states), newest first. */
    public List<Follower> all() {
        return rows("order by created_at desc, id desc", q -> q);
    }

    /** Followers of the given local actors (all states), newest first. */
    public List<Follower> of(List<String> localActors) {
        if (localActors.isEmpty()) {
            return List.of();
        }
        return rows(
                "where local_actor in (:a) order by created_at desc, id desc",
                q -> q.setParameterList("a", localActors));
    }

    /**
     * Adds the follower, or refreshes its inboxes and follow id when it follows again; a row
     * already accepted stays accepted.
     *
     * @return the row as stored
     */
    public Follower upsert(
            String localActor,
            String remoteActorUri,
            String inbox,
            String sharedInbox,
            FollowState state,
            String followActivityId,
            Instant now) {
        Optional<Follower> existing = find(localActor, remoteActorUri);
        if (existing.isPresent()) {
            FollowState kept = existing.get().state() == FollowState.ACCEPTED ? FollowState.ACCEPTED : state;
            tx.session()
                    .createNativeMutationQuery("update follower set remote_inbox = :i, remote_shared_inbox = :s,"
                            + " state = :st, follow_activity_id = :f where id = :id")
                    .setParameter("i", inbox)
                    .setParameter("s", sharedInbox)
                    .setParameter("st", kept.name())
                    .setParameter("f", followActivityId)
                    .setParameter("id", existing.get().id())
                    .executeUpdate();
        } else {
            tx.session()
                    .createNativeMutationQuery("insert into follower (id, local_actor, remote_actor_uri, remote_inbox,"
                            + " remote_shared_inbox, state, follow_activity_id, created_at)"
                            + " values (:id, :a, :r, :i, :s, :st, :f, :now)")
                    .setParameter("id", Snowflake.next())
                    .setParameter("a", localActor)
                    .setParameter("r", remoteActorUri)
                    .setParameter("i", inbox)
                    .setParameter("s", sharedInbox)
                    .setParameter("st", state.name())
                    .setParameter("f", followActivityId)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        return find(localActor, remoteActorUri).orElseThrow();
    }

    public void accept(long id) {
        tx.session()
                .createNativeMutationQuery("update follower set state = :st where id = :id")
                .setParameter("st", ACCEPTED)
                .setParameter("id", id)
                .executeUpdate();
    }

    public int remove(long id) {
        return update("delete from follower where id = :id", "id", id);
    }

    /** Removes the remote actor's follow of one local actor, or of any local actor by follow id. */
    public int removeFollow(String remoteActorUri, String localActor, String followActivityId) {
        return tx.session()
                .createNativeMutationQuery("delete from follower where remote_actor_uri = :r"
                        + " and (local_actor = :a or follow_activity_id = :f)")
                .setParameter("r", remoteActorUri)
                .setParameter("a", localActor == null ? "" : localActor)
                .setParameter("f", followActivityId == null ? "" : followActivityId)
                .executeUpdate();
    }

    /** Every follow by the remote actor, of any local actor, in any state. */
    public List<Follower> byRemoteActor(String remoteActorUri) {
        return rows("where remote_actor_uri = :r order by id", q -> q.setParameter("r", remoteActorUri));
    }

    /** The follower moved (FEP-7628): the row now stands for its new actor, delivered at its inboxes. */
    public void moveTo(long id, String remoteActorUri, String inbox, String sharedInbox) {
        tx.session()
                .createNativeMutationQuery("update follower set remote_actor_uri = :r, remote_inbox = :i,"
                        + " remote_shared_inbox = :s where id = :id")
                .setParameter("r", remoteActorUri)
                .setParameter("i", inbox)
                .setParameter("s", sharedInbox)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Removes every follow by the remote actor (it was deleted). */
    public int removeByActor(String remoteActorUri) {
        return update("delete from follower where remote_actor_uri = :v", "v", remoteActorUri);
    }

    /** Removes every follower delivered through this inbox: it answered 410 Gone. */
    public int removeByInbox(String inboxUrl) {
        return update("delete from follower where remote_inbox = :v or remote_shared_inbox = :v", "v", inboxUrl);
    }

    private int update(String sql, String name, Object value) {
        return tx.session()
                .createNativeMutationQuery(sql)
                .setParameter(name, value)
                .executeUpdate();
    }

    private List<Follower> rows(
            String where,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(),
                "select id, local_actor, remote_actor_uri, remote_inbox, remote_shared_inbox,"
                        + " state, follow_activity_id, created_at from follower " + where,
                bind,
                r -> new Follower(
                        r.lng("id"),
                        r.str("local_actor"),
                        r.str("remote_actor_uri"),
                        r.str("remote_inbox"),
                        r.str("remote_shared_inbox"),
                        FollowState.valueOf(r.str("state")),
                        r.str("follow_activity_id"),
                        r.instant("created_at")));
    }
}
