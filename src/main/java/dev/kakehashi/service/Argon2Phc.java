package dev.kakehashi.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id hash in the PHC string form every Argon2 library writes ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded Base64), which is also how Password4j
 * stored them before. Each hash runs on a fresh Bouncy Castle generator, whose memory (the {@code m}
 * KiB) is garbage once the hash is done: nothing of it is kept between hashes.
 */
record Argon2Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    private static final Pattern FORM = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{16,88})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new hash of {@code password} with a random 16-byte salt and a 32-byte output. */
    static Argon2Phc of(String password, int memoryKib, int iterations, int parallelism) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Argon2Phc(
                memoryKib,
                iterations,
                parallelism,
                salt,
                derive(password, memoryKib, iterations, parallelism, salt, 32));
    }

    /** The stored form read back, or empty when it is not an Argon2id hash (a marker, a foreign hash). */
    static Optional<Argon2Phc> parse(String encoded) {
        Matcher m = encoded == null ? null : FORM.matcher(encoded);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return Optional.of(new Argon2Phc(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                b64.decode(m.group(4)),
                b64.decode(m.group(5))));
    }

    /** Whether {@code password} gives this hash, compared in constant time. */
    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, memoryKib, iterations, parallelism, salt, hash.length));
    }

    /** The stored form. */
    String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(
            String password, int memoryKib, int iterations, int parallelism, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
