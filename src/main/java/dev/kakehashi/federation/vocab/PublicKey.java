package dev.kakehashi.federation.vocab;

/** An actor's RSA key; {@code owner} must equal the actor id or Mastodon drops the key. */
public record PublicKey(String id, String owner, String publicKeyPem) {}
