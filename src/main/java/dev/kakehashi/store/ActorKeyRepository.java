package dev.kakehashi.store;

import dev.kakehashi.domain.ActorKeyPair;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Local actors' key pairs as PEM text, keyed by actor ref ({@code blog}, {@code account:<id>}...). */
public final class ActorKeyRepository {
    private final Transactions tx;

    public ActorKeyRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<ActorKeyPair> byActor(String localActor) {
        return Rows.first(
                tx.session(),
                "select public_key_pem, private_key_pem from actor_key where local_actor = :a",
                q -> q.setParameter("a", localActor),
                r -> new ActorKeyPair(r.str("public_key_pem"), r.str("private_key_pem")));
    }

    /** Inserts a new pair; fails on the primary key if another node stored one first. */
    public void add(String localActor, ActorKeyPair key, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into actor_key (local_actor, public_key_pem, private_key_pem,"
                        + " created_at) values (:a, :pub, :priv, :t)")
                .setParameter("a", localActor)
                .setParameter("pub", key.publicKeyPem())
                .setParameter("priv", key.privateKeyPem())
                .setParameter("t", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
