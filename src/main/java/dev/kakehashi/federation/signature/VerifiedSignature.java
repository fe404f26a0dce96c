package dev.kakehashi.federation.signature;

/**
 * The outcome of a successful verification: the actor that owns the signing key, and the key id. The
 * inbox still has to check that the activity's {@code actor} is this owner (INTEROP A3.4).
 */
public record VerifiedSignature(String actorId, String keyId) {}
