package dev.kakehashi.federation.signature;

import java.util.List;

/**
 * A signature that passed every check but the cryptographic one.
 *
 * @param algorithm null when the signature leaves it to the key type
 * @param bases the signature bases to try in turn (with the query, then without: INTEROP A3.10)
 */
record ParsedSignature(String keyId, SignatureAlgorithm algorithm, byte[] signature, List<String> bases) {}
