package dev.kakehashi.federation.signature;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A remote public key and the actor that owns it ({@code publicKey.owner}, checked by the resolver
 * against the actor document).
 */
public record ResolvedKey(PublicKey publicKey, String ownerId) {
    public ResolvedKey {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
