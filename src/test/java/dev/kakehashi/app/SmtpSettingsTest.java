package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP settings: off without a host, defaults with one, and one clear line for a bad value. */
class SmtpSettingsTest {
    @TempDir
    Path dataDir;

    private final Map<String, String> env = new HashMap<>();

    private Settings load() {
        env.putIfAbsent("KAKEHASHI_BASE_URL", "https://blog.example.com");
        return SettingsLoader.load(new SettingsSource(k -> null, env, k -> null), dataDir);
    }

    @Test
    void withoutAHostThereIsNoMailEvenWhenOtherSmtpKeysAreSet() {
        env.put("KAKEHASHI_SMTP_PORT", "2525");
        env.put("KAKEHASHI_SMTP_FROM", "blog@example.com");
        assertThat(load().smtp()).isEmpty();
    }

    @Test
    void aHostAloneMeansStarttlsOnTheSubmissionPortFromTheBlogsDomain() {
        env.put("KAKEHASHI_SMTP_HOST", "mail.example.com");
        Settings.Smtp smtp = load().smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("mail.example.com");
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.tls()).isEqualTo(Settings.SmtpTls.STARTTLS);
        assertThat(smtp.from()).isEqualTo("kakehashi@blog.example.com");
        assertThat(smtp.username()).isEmpty();
        assertThat(smtp.password()).isEmpty();
        assertThat(smtp.digestInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(smtp.maxPerHour()).isEqualTo(4);
    }

    @Test
    void eachTlsModeHasItsOwnDefaultPort() {
        env.put("KAKEHASHI_SMTP_HOST", "mail.example.com");
        env.put("KAKEHASHI_SMTP_TLS", "TLS");
        assertThat(load().smtp().orElseThrow().port()).isEqualTo(465);
        env.put("KAKEHASHI_SMTP_TLS", "none");
        assertThat(load().smtp().orElseThrow().port()).isEqualTo(25);
        assertThat(load().smtp().orElseThrow().tls()).isEqualTo(Settings.SmtpTls.NONE);
    }

    @Test
    void everyKeyIsReadFromThePropertiesFileToo() throws Exception {
        Files.writeString(
                dataDir.resolve("kakehashi.properties"),
                String.join(
                        "\n",
                        "smtp.host=127.0.0.1",
                        "smtp.port=2525",
                        "smtp.tls=none",
                        "smtp.username=blog",
                        "smtp.password=s3cret pass",
                        "smtp.from=Our Blog <blog@example.com>",
                        "smtp.digest.interval.seconds=60",
                        "smtp.max.per.hour=2",
                        ""));
        Settings.Smtp smtp = load().smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("127.0.0.1");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.tls()).isEqualTo(Settings.SmtpTls.NONE);
        assertThat(smtp.username()).contains("blog");
        assertThat(smtp.password()).contains("s3cret pass");
        assertThat(smtp.from()).isEqualTo("Our Blog <blog@example.com>");
        assertThat(smtp.digestInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(smtp.maxPerHour()).isEqualTo(2);
        assertThat(smtp.toString()).doesNotContain("s3cret");
    }

    @Test
    void eachBadValueStopsStartUpWithOneLineNamingItsKey() {
        assertBad(
                "KAKEHASHI_SMTP_TLS",
                "ssl3",
                "Setting KAKEHASHI_SMTP_TLS (kakehashi.smtp.tls) must be none," + " starttls or tls, got ssl3");
        assertBad("KAKEHASHI_SMTP_PORT", "0", "Setting KAKEHASHI_SMTP_PORT (kakehashi.smtp.port) must be a positive");
        assertBad("KAKEHASHI_SMTP_PORT", "smtp", "Setting KAKEHASHI_SMTP_PORT (kakehashi.smtp.port)");
        assertBad("KAKEHASHI_SMTP_PORT", "70000", "must be a port number from 1 to 65535, got 70000");
        assertBad(
                "KAKEHASHI_SMTP_FROM",
                "not an address",
                "Setting KAKEHASHI_SMTP_FROM (kakehashi.smtp.from)" + " must be an e-mail address");
        assertBad("KAKEHASHI_SMTP_FROM", "blog", "Setting KAKEHASHI_SMTP_FROM (kakehashi.smtp.from)");
        assertBad(
                "KAKEHASHI_SMTP_USERNAME",
                "blog",
                "Setting KAKEHASHI_SMTP_PASSWORD (kakehashi.smtp.password) is" + " required");
        assertBad("KAKEHASHI_SMTP_PASSWORD", "pw", "Setting KAKEHASHI_SMTP_USERNAME (kakehashi.smtp.username) is");
        assertBad("KAKEHASHI_SMTP_MAX_PER_HOUR", "0", "KAKEHASHI_SMTP_MAX_PER_HOUR (kakehashi.smtp.max.per.hour)");
        assertBad("KAKEHASHI_SMTP_DIGEST_INTERVAL_SECONDS", "-5", "(kakehashi.smtp.digest.interval.seconds)");
        assertBad("KAKEHASHI_SMTP_HOST", "mail example", "Setting KAKEHASHI_SMTP_HOST (kakehashi.smtp.host)");
    }

    private void assertBad(String envName, String value, String message) {
        env.clear();
        if (!envName.equals("KAKEHASHI_SMTP_HOST")) {
            env.put("KAKEHASHI_SMTP_HOST", "mail.example.com");
        }
        env.put(envName, value);
        assertThatThrownBy(this::load)
                .as("%s=%s", envName, value)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
