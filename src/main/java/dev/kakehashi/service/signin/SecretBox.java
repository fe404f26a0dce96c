package dev.kakehashi.service.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals short secrets kept in the database (authenticator-app keys) with AES-GCM under the site's
 * secret key, which lives outside the database (a key file in the data folder or {@code
 * KAKEHASHI_SECRET_KEY}): a leaked database alone does not give them away. A sealed value reads
 * {@value #PREFIX} + base64url(nonce, ciphertext, tag); the row's id is authenticated with it, so a
 * value copied into another author's row does not open.
 */
public final class SecretBox {
    static final String PREFIX = "gcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("an AES key is needed");
        }
        this.key = key;
    }

    /** Seals {@code plain}, bound to {@code ownerId}. */
    public String seal(long ownerId, String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, ownerId);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** True when {@code stored} was sealed by a SecretBox (else it is a legacy value kept in clear). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * The clear secret: opened when sealed, as it is when stored in clear by an older version.
     *
     * @throws SecretBoxException when the value does not open with this key (another key, or tampered)
     */
    public String open(long ownerId, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                throw new SecretBoxException("a sealed secret is too short");
            }
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher c = cipher(Cipher.DECRYPT_MODE, nonce, ownerId);
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretBoxException(
                    "a stored secret does not open with the site's secret key (was KAKEHASHI_SECRET_KEY or"
                            + " the secret.key file changed?)");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long ownerId) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(ownerId).array());
        return c;
    }

    /** A sealed value that this key cannot open. */
    public static final class SecretBoxException extends RuntimeException {
        SecretBoxException(String message) {
            super(message);
        }
    }
}
