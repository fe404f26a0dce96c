package dev.kakehashi.federation.inbox;

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
 */
public final class RemoteActorKeys implements KeyResolver {
    private static final Logger log = LoggerFactory.getLogger(RemoteActorKeys.class);
    static final Duration REFRESH_EVERY = Duration.ofMinutes(1);

    private final RemoteActorService actors;
    private final PerKeyRateLimit refreshes;

    public RemoteActorKeys(RemoteActorService actors, Clock clock) {
        this.actors = actors;
        this.refreshes = new PerKeyRateLimit(REFRESH_EVERY, clock);
    }

    @Override
    public Optional<ResolvedKey> resolve(String keyId, boolean refresh) {
        try {
            RemoteActor actor = refresh && refreshes.tryAcquire(keyId) ? refreshed(keyId) : actors.byKeyId(keyId);
            if (actor.isGone() || actor.publicKeyPem() == null || !keyId.equals(actor.publicKeyId())) {
                return Optional.empty();
            }
            return Optional.of(new ResolvedKey(Pem.decodePublicKey(actor.publicKeyPem()), actor.uri()));
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
