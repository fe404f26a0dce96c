package dev.kakehashi.federation.signature;

import java.security.PrivateKey;

/**
 * A local actor's private key and the id peers fetch its public half from ({@code
 * <actor id>#main-key}).
 */
public record SigningKey(String keyId, PrivateKey privateKey) {}
