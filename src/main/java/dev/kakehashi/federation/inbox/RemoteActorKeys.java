package dev.kakehashi.federation.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.signature.KeyResolver;
import dev.kakehashi.federation.signature.Pem;
import dev.kakehashi.federation.signature.ResolvedKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signature keys from the remote-actor cache. Forced refetches (a key that does not verify) are
 * limited to one per key id per minute, so forged requests cannot make us hammer a peer.
 *
 * <p>Keys found are also kept in memory for {@link #KEEP}, so an inbox POST from a known actor
 * reads no table: a key that no longer verifies is fetched again at once (the verifier asks with
 * {@code refresh}), and a key dropped or changed elsewhere (an actor's Update or Delete handled on
 * any node) is read again from the table within {@link #KEEP}.
 */
public final class RemoteActorKeys implements KeyResolver {
    private static final Logger log = LoggerFactory.getLogger(RemoteActorKeys.class);
    static final Duration REFRESH_EVERY = Duration.ofMinutes(1);
    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int KEPT_KEYS = 10_000;

    private final RemoteActorService actors;
    private final PerKeyRateLimit refreshes;
    private final Cache<String, ResolvedKey> kept;

    public RemoteActorKeys(RemoteActorService actors, Clock clock) {
        this.actors = actors;
        this.refreshes = new PerKeyRateLimit(REFRESH_EVERY, clock);
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.kept = Caffeine.newBuilder()
                .maximumSize(KEPT_KEYS)
                .expireAfterWrite(KEEP)
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<ResolvedKey> resolve(String keyId, boolean refresh) {
        if (!refresh) {
            ResolvedKey known = kept.getIfPresent(keyId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        kept.invalidate(keyId);
        try {
            RemoteActor actor = refresh && refreshes.tryAcquire(keyId) ? refreshed(keyId) : actors.byKeyId(keyId);
            if (actor.isGone() || actor.publicKeyPem() == null || !keyId.equals(actor.publicKeyId())) {
                return Optional.empty();
            }
            ResolvedKey key = new ResolvedKey(Pem.decodePublicKey(actor.publicKeyPem()), actor.uri());
            kept.put(keyId, key);
            return Optional.of(key);
        } catch (RemoteFetchException e) {
            log.debug("No key {}: {}", keyId, e.getMessage());
            return Optional.empty();
        }
    }

    private RemoteActor refreshed(String keyId) {
        RemoteActor known = actors.byKeyId(keyId);
        return actors.refresh(known.uri());
    }
}
