package dev.kakehashi.federation.signature;

import java.util.Optional;

/**
 * Finds the public key a signature's {@code keyId} names. Implemented by the remote-actor cache,
 * which fetches the key's actor document (INTEROP A3.3).
 */
@FunctionalInterface
public interface KeyResolver {
    /**
     * @param keyId the keyId exactly as the signature carries it
     * @param refresh true to bypass the cache and fetch the key again: the verifier asks once more
     *     with true when the cached key does not verify, so that rotated keys are picked up. Any
     *     forged request triggers such a refresh, so implementations should rate-limit them per key.
     * @return the key and its owner, or empty when there is no such key
     */
    Optional<ResolvedKey> resolve(String keyId, boolean refresh);
}
