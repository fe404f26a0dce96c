package dev.kakehashi.store;

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

    public Optional<RemoteActor> byKeyId(String keyId) {
        return tx.session()
                .createSelectionQuery("from RemoteActor where publicKeyId = :k", RemoteActor.class)
                .setParameter("k", keyId)
                .setMaxResults(1)
                .uniqueResultOptional();
    }
}
