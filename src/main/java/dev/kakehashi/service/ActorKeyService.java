package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.ActorKeyPair;
import dev.kakehashi.store.ActorKeyRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each local actor's one key pair: stored the first time it is needed and never replaced (peers
 * cache the public key by its id). Federation makes the pair; this keeps the first one stored.
 */
public final class ActorKeyService {
    private static final Logger log = LoggerFactory.getLogger(ActorKeyService.class);

    private final Transactions tx;
    private final ActorKeyRepository keys;
    private final Clock clock;

    public ActorKeyService(Transactions tx, ActorKeyRepository keys, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The actor's stored pair, or a new one from {@code generate} (called outside any unit of work:
     * it is slow) once stored. When another node stored a pair first, that pair is the one peers see.
     */
    public ActorKeyPair pairOf(ActorKey actor, Supplier<ActorKeyPair> generate) {
        Optional<ActorKeyPair> existing = tx.call(() -> keys.byActor(actor.text()));
        if (existing.isPresent()) {
            return existing.get();
        }
        ActorKeyPair fresh = generate.get();
        try {
            tx.run(() -> keys.add(actor.text(), fresh, clock.instant()));
            log.info("Made a new key pair for local actor {}", actor.text());
            return fresh;
        } catch (RuntimeException e) {
            return tx.call(() -> keys.byActor(actor.text())).orElseThrow(() -> e);
        }
    }
}
