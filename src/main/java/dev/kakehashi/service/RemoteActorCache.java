package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote actors kept in the database, as the federation layer fetches them: looked up by id,
 * key id or handle, stored (one row per actor, however many requests store it at once), and marked
 * gone. Fetching is the federation layer's ({@code RemoteActorService}); each method here is one unit
 * of work, or joins the caller's.
 */
public final class RemoteActorCache {
    private static final Logger log = LoggerFactory.getLogger(RemoteActorCache.class);

    private final Transactions tx;
    private final RemoteActorRepository actors;
    private final Clock clock;
    private final List<Consumer<String>> goneListeners = new CopyOnWriteArrayList<>();

    public RemoteActorCache(Transactions tx, RemoteActorRepository actors, Clock clock) {
        this.tx = tx;
        this.actors = actors;
        this.clock = clock;
    }

    public Optional<RemoteActor> byUri(String uri) {
        return tx.call(() -> actors.byUri(uri));
    }

    /** The actor that publishes the key {@code keyId}. */
    public Optional<RemoteActor> byKeyId(String keyId) {
        return tx.call(() -> actors.byKeyId(keyId));
    }

    /** The actor known as {@code @user@host}. */
    public Optional<RemoteActor> byAcct(String user, String host) {
        return tx.call(() -> actors.byAcct(user, host));
    }

    /** Stores the actor {@code id} as just fetched: a new row, or the one already kept updated. */
    public RemoteActor save(String id, RemoteActor.Profile profile) {
        var now = clock.instant();
        try {
            return upsert(id, profile, now);
        } catch (PersistenceException e) {
            // Another request stored the same actor between our read and our insert: update theirs.
            return upsert(id, profile, now);
        }
    }

    private RemoteActor upsert(String id, RemoteActor.Profile profile, java.time.Instant now) {
        return tx.call(() -> {
            RemoteActor row = actors.byUri(id).orElse(null);
            if (row == null) {
                row = new RemoteActor(
                        Snowflake.next(), id, java.net.URI.create(id).getRawAuthority());
                row.update(profile, now);
                actors.add(row);
                log.info("Cached remote actor {}", id);
            } else {
                row.update(profile, now);
            }
            return row;
        });
    }

    /**
     * Marks the kept actor deleted (a 410, or its own Delete): it is no longer fetched or trusted.
     * Every {@link #whenGone} listener hears of it in the same transaction, kept or not.
     */
    public void markGone(String uri) {
        tx.run(() -> {
            actors.byUri(uri).ifPresent(a -> {
                a.markGone(clock.instant());
                log.info("Remote actor {} is gone (410)", uri);
            });
            goneListeners.forEach(l -> l.accept(uri));
        });
    }

    /** Adds what happens when a remote account is deleted (its comments go, as the settings say). */
    public void whenGone(Consumer<String> listener) {
        goneListeners.add(listener);
    }
}
