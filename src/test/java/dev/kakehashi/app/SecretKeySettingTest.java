package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key that seals stored secrets comes from: the setting, else a 0600 key file made once. */
class SecretKeySettingTest {
    @TempDir
    Path dataDir;

    private final Map<String, String> env = new HashMap<>();

    private SettingsSource source() {
        return new SettingsSource(k -> null, env, k -> null);
    }

    @Test
    void withoutTheSettingAKeyFileReadableByItsOwnerOnlyIsCreatedOnceAndKept() throws Exception {
        byte[] first = SecretKeySetting.load(source(), dataDir).getEncoded();
        Path file = dataDir.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(first).hasSize(32);
        assertThat(SecretKeySetting.load(source(), dataDir).getEncoded()).isEqualTo(first);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secret.key");
        }
    }

    @Test
    void aKeyFileLeftReadableByOthersIsTightenedBackToTheOwner() throws Exception {
        SecretKeySetting.load(source(), dataDir);
        Path file = dataDir.resolve("secret.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SecretKeySetting.load(source(), dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void theSettingWinsAndNoFileIsWritten() {
        byte[] key = new byte[32];
        key[0] = 7;
        env.put("KAKEHASHI_SECRET_KEY", Base64.getEncoder().encodeToString(key));
        assertThat(SecretKeySetting.load(source(), dataDir).getEncoded()).isEqualTo(key);
        assertThat(dataDir.resolve("secret.key")).doesNotExist();
    }

    @Test
    void aSettingThatIsNotThirtyTwoBytesOfBase64StopsStartUpNamingIt() {
        env.put("KAKEHASHI_SECRET_KEY", "short");
        assertThatThrownBy(() -> SecretKeySetting.load(source(), dataDir))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("KAKEHASHI_SECRET_KEY")
                .hasMessageContaining("32 random bytes in base64");
    }
}
