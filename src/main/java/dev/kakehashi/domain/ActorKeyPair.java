package dev.kakehashi.domain;

/** A local actor's stored key pair: the SPKI public key and the PKCS#8 private key, both PEM. */
public record ActorKeyPair(String publicKeyPem, String privateKeyPem) {}
