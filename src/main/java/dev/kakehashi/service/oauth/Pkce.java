package dev.kakehashi.service.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/** Proof Key for Code Exchange (RFC 7636): S256 and plain. */
final class Pkce {
    static final Set<String> METHODS = Set.of("S256", "plain");

    private Pkce() {}

    /** Whether {@code verifier} answers {@code challenge}, compared in constant time. */
    static boolean matches(String method, String challenge, String verifier) {
        if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
            return false;
        }
        String expected = method.equals("S256") ? s256(verifier) : verifier;
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
