package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.RemoteActor;
import java.util.Optional;

/** The cache of remote actors, by actor id and by key id. */
public final class RemoteActorRepository {
    private final Transactions tx;

    public RemoteActorRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(RemoteActor actor) {
        tx.session().persist(actor);
    }

    public Optional<RemoteActor> byUri(String uri) {
        return tx.session()
                .createSelectionQuery("from RemoteActor where uri = :u", RemoteActor.class)
                .setParameter("u", uri)
                .uniqueResultOptional();
    }

    /** The cached actors among {@code uris}, in one query. */
    public java.util.List<RemoteActor> byUris(java.util.Collection<String> uris) {
        if (uris.isEmpty()) {
            return java.util.List.of();
        }
        // Native SQL: the ORM translates a query with a list parameter from HQL again on every call,
        // and every timeline page asks this.
        return tx.session()
                .createNativeQuery("select * from remote_actor where uri in (:u)", RemoteActor.class)
                .setParameterList("u", uris)
                .getResultList();
    }

    public Optional<RemoteActor> byId(long id) {
        return Optional.ofNullable(tx.session().get(RemoteActor.class, id));
    }

    /** The actor whose handle is {@code user@host}, when its id is on that host (no WebFinger delegation). */
    public Optional<RemoteActor> byAcct(String user, String host) {
        return tx.session()
                .createSelectionQuery(
                        "from RemoteActor where lower(preferredUsername) = :u and host = :h", RemoteActor.class)
                .setParameter("u", user.toLowerCase(java.util.Locale.ROOT))
                .setParameter("h", host.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .uniqueResultOptional();
    }

    /**
     * Known live actors whose handle or name contains {@code term} (case-insensitive), handles that
     * start with it first; for account search.
     */
    public java.util.List<RemoteActor> search(String term, int offset, int limit) {
        String t = containing(term);
        return tx.session()
                .createSelectionQuery(
                        "from RemoteActor where goneAt is null and (lower(preferredUsername) like :t escape '!'"
                                + " or lower(name) like :t escape '!'"
                                + " or lower(concat(preferredUsername, '@', host)) like :t escape '!')"
                                + " order by preferredUsername, id",
                        RemoteActor.class)
                .setParameter("t", t)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * As {@link #search}, among the actors {@code localActor} follows (accepted follows only):
     * Mastodon's {@code following=true}.
     */
    public java.util.List<RemoteActor> searchFollowed(String term, String localActor, int offset, int limit) {
        String t = containing(term);
        return tx.session()
                .createNativeQuery(
                        "select a.* from remote_actor a where a.gone_at is null and a.uri in (select f.remote_actor_uri"
                                + " from following f where f.local_actor = :l and f.state = :s)"
                                + " and (lower(a.preferred_username) like :t escape '!' or lower(a.name) like :t escape '!'"
                                + " or lower(a.preferred_username || '@' || a.host) like :t escape '!')"
                                + " order by a.preferred_username, a.id",
                        RemoteActor.class)
                .setParameter("t", t)
                .setParameter("l", localActor)
                .setParameter("s", FollowState.ACCEPTED.name())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A LIKE pattern (escape {@code !}) matching text that contains {@code term}, any case. */
    private static String containing(String term) {
        return "%"
                + term.toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }

    public Optional<RemoteActor> byKeyId(String keyId) {
        return tx.session()
                .createSelectionQuery("from RemoteActor where publicKeyId = :k", RemoteActor.class)
                .setParameter("k", keyId)
                .setMaxResults(1)
                .uniqueResultOptional();
    }
}
