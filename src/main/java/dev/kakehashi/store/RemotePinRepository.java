package dev.kakehashi.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remote actors' featured collections and their pinned posts (the remote_featured and remote_pin
 * tables): which collection each actor publishes, when it is due for a fetch, and the pins in order.
 */
public final class RemotePinRepository {
    private final Transactions tx;

    public RemotePinRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The id of the actor's featured collection, when known. */
    public Optional<String> collectionOf(String actorUri) {
        return Rows.first(
                tx.session(),
                "select collection_uri from remote_featured where actor_uri = :a",
                q -> q.setParameter("a", actorUri),
                r -> r.str("collection_uri"));
    }

    /** Records the actor's collection and when it is next due for a fetch. */
    public void setCollection(String actorUri, String collectionUri, Instant dueAt) {
        int changed = tx.session()
                .createNativeMutationQuery(
                        "update remote_featured set collection_uri = :c, fetch_due_at = :due" + " where actor_uri = :a")
                .setParameter("a", actorUri)
                .setParameter("c", collectionUri)
                .setParameter("due", dueAt, Instant.class)
                .executeUpdate();
        if (changed == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into remote_featured (actor_uri, collection_uri, fetch_due_at)"
                            + " values (:a, :c, :due)")
                    .setParameter("a", actorUri)
                    .setParameter("c", collectionUri)
                    .setParameter("due", dueAt, Instant.class)
                    .executeUpdate();
        }
    }

    /** The actors whose collection is due for a fetch at {@code now}, oldest due first. */
    public List<String> due(Instant now, int limit) {
        return Rows.list(
                tx.session(),
                "select actor_uri from remote_featured where fetch_due_at <= :now order by fetch_due_at",
                q -> q.setParameter("now", now).setMaxResults(limit),
                r -> r.str("actor_uri"));
    }

    /** Marks the collection fetched (no longer due). */
    public void fetched(String actorUri, Instant now) {
        tx.session()
                .createNativeMutationQuery(
                        "update remote_featured set fetch_due_at = null, fetched_at = :now where actor_uri = :a")
                .setParameter("a", actorUri)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Replaces the actor's pins by {@code postUris}, in that order. */
    public void replace(String actorUri, List<String> postUris) {
        tx.session()
                .createNativeMutationQuery("delete from remote_pin where actor_uri = :a")
                .setParameter("a", actorUri)
                .executeUpdate();
        for (int i = 0; i < postUris.size(); i++) {
            insert(actorUri, postUris.get(i), i);
        }
    }

    /** Pins {@code postUri} first (a new pin shows before the older ones); false when already pinned. */
    public boolean addFirst(String actorUri, String postUri) {
        if (isPinned(actorUri, postUri)) {
            return false;
        }
        Integer first = Rows.first(
                        tx.session(),
                        "select min(position) as first from remote_pin where actor_uri = :a",
                        q -> q.setParameter("a", actorUri),
                        r -> Optional.ofNullable(r.lngOrNull("first")))
                .flatMap(n -> n)
                .map(Long::intValue)
                .orElse(null);
        insert(actorUri, postUri, first == null ? 0 : first - 1);
        return true;
    }

    /** Unpins {@code postUri}; false when it was not pinned. */
    public boolean remove(String actorUri, String postUri) {
        return tx.session()
                        .createNativeMutationQuery("delete from remote_pin where actor_uri = :a and post_uri = :p")
                        .setParameter("a", actorUri)
                        .setParameter("p", postUri)
                        .executeUpdate()
                > 0;
    }

    /** How many pins the actor has. */
    public int count(String actorUri) {
        return Rows.first(
                        tx.session(),
                        "select count(*) as n from remote_pin where actor_uri = :a",
                        q -> q.setParameter("a", actorUri),
                        r -> (int) r.lng("n"))
                .orElse(0);
    }

    private boolean isPinned(String actorUri, String postUri) {
        return Rows.first(
                        tx.session(),
                        "select count(*) as n from remote_pin where actor_uri = :a and post_uri = :p",
                        q -> q.setParameter("a", actorUri).setParameter("p", postUri),
                        r -> r.lng("n") > 0)
                .orElse(false);
    }

    private void insert(String actorUri, String postUri, int position) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into remote_pin (actor_uri, post_uri, position) values (:a, :p, :pos)")
                .setParameter("a", actorUri)
                .setParameter("p", postUri)
                .setParameter("pos", position)
                .executeUpdate();
    }
}
