package dev.kakehashi.service.signin;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, what every app
 * expects). A code of the step before or after the current one is accepted too, for clocks that
 * are a little off.
 */
public final class TotpCodes {
    static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    /** A fresh 160-bit secret in Base32, as apps take it. */
    public String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return BASE32.encodeToString(key).replace("=", "");
    }

    /** The {@code otpauth://} URI the QR code carries. */
    public String uri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The code for {@code at}, as an app would show it. */
    public String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step (time counter) whose code {@code code} is, within one step of {@code now}; none if wrong. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            Instant at = Instant.ofEpochSecond(step * STEP.toSeconds());
            if (java.security.MessageDigest.isEqual(
                    codeAt(secret, at).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private SecretKeySpec key(String secret) {
        return new SecretKeySpec(BASE32.decode(secret), generator.getAlgorithm());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
