package dev.kakehashi.federation.signature;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;

/**
 * SHA-256 body digests in both header forms: {@code Digest: SHA-256=<base64>} (RFC 3230, what
 * draft-cavage peers send) and {@code Content-Digest: sha-256=:<base64>:} (RFC 9530, with RFC 9421).
 * Always computed over the exact bytes on the wire (INTEROP A0.1).
 */
public final class Digests {
    private Digests() {}

    public static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The value of a {@code Digest} header for the body. */
    public static String digestHeader(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(sha256(body));
    }

    /** The value of a {@code Content-Digest} header for the body. */
    public static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
    }

    /**
     * Checks a {@code Digest} header: a comma-separated list of {@code algorithm=base64}; only
     * SHA-256 is read, its name compared case-insensitively (INTEROP A3.2, A3.8).
     *
     * @throws SignatureException "unsupported digest" without a SHA-256 entry, "digest mismatch"
     *     when it does not match the body
     */
    public static void checkDigest(String header, byte[] body) {
        String expected = null;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("sha-256")) {
                expected = part.substring(eq + 1).strip();
            }
        }
        if (expected == null) {
            throw new SignatureException("unsupported digest");
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(expected);
        } catch (IllegalArgumentException e) {
            throw new SignatureException("digest mismatch");
        }
        if (!MessageDigest.isEqual(claimed, sha256(body))) {
            throw new SignatureException("digest mismatch");
        }
    }

    /**
     * Checks a {@code Content-Digest} header, an RFC 8941 dictionary; only {@code sha-256} is read.
     *
     * @throws SignatureException "malformed digest", "unsupported digest" or "digest mismatch"
     */
    public static void checkContentDigest(String header, byte[] body) {
        ListElement<?> entry;
        try {
            entry = Parser.parseDictionary(header).get().get("sha-256");
        } catch (ParseException e) {
            throw new SignatureException("malformed digest");
        }
        if (entry == null) {
            throw new SignatureException("unsupported digest");
        }
        if (!(entry instanceof ByteSequenceItem)) {
            throw new SignatureException("malformed digest");
        }
        ByteBuffer claimed = ((ByteSequenceItem) entry).get();
        if (!claimed.equals(ByteBuffer.wrap(sha256(body)))) {
            throw new SignatureException("digest mismatch");
        }
    }
}
