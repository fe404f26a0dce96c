package dev.kakehashi.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's secret key, which seals secrets kept in the database (authenticator-app keys): the
 * setting {@code secret.key} ({@code KAKEHASHI_SECRET_KEY}, 32 bytes in base64) when given, else
 * the file {@code secret.key} in the data folder, created on first start readable by Tomcat's user
 * only (0600). Kept apart from the database so that a leaked dump alone opens nothing.
 */
final class SecretKeySetting {
    static final String FILE = "secret.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretKeySetting() {}

    static SecretKey load(SettingsSource source, Path dataDir) {
        return source.get("secret.key")
                .map(v -> parse(
                        v,
                        () -> SettingsLoader.bad(
                                "secret.key",
                                "must be 32 random bytes in base64"
                                        + " (for example the output of `openssl rand -base64 32`)")))
                .orElseGet(() -> fromFile(dataDir.resolve(FILE)));
    }

    private static SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            tighten(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return parse(
                    text,
                    () -> new SettingsException("The key file " + file
                            + " is not 32 bytes in base64; restore it from a backup (the authenticator-app keys"
                            + " stored with it cannot be read without it)"));
        } catch (IOException e) {
            throw new SettingsException("The key file " + file + " cannot be read or created: " + e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path tmp = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(tmp);
        if (posix(file)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, text);
        try {
            // Two nodes sharing a data folder, starting at once: the first key written wins for both.
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException e) {
            // the other node's key is the one to use
        } catch (UnsupportedOperationException e) {
            Files.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A key file made readable by others (a copy, an unpacked backup) goes back to owner-only. */
    private static void tighten(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static SecretKey parse(String text, java.util.function.Supplier<SettingsException> bad) {
        byte[] key;
        try {
            key = Base64.getMimeDecoder().decode(text.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw bad.get();
        }
        if (key.length != 32) {
            throw bad.get();
        }
        return new SecretKeySpec(key, "AES");
    }
}
