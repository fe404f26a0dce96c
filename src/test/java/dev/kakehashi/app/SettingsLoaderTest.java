package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each setting comes from, its default, and the message a bad value gives. */
class SettingsLoaderTest {
    @TempDir
    Path dataDir;

    private final Map<String, String> system = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> context = new HashMap<>();

    private SettingsSource source() {
        return new SettingsSource(system::get, env, context::get);
    }

    private Settings load() {
        return SettingsLoader.load(source(), dataDir);
    }

    private void file(String... lines) throws Exception {
        Files.writeString(dataDir.resolve("kakehashi.properties"), String.join("\n", lines) + "\n");
    }

    @Test
    void withNothingSetEveryDefaultApplies() {
        Settings s = load();
        assertThat(s.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(s.dataDir()).isEqualTo(dataDir.toAbsolutePath());
        assertThat(s.database().url())
                .startsWith("jdbc:h2:async:" + dataDir.resolve("db").resolve("kakehashi"));
        assertThat(s.database().user()).isEqualTo("sa");
        assertThat(s.database().isPostgres()).isFalse();
        assertThat(s.firstAdmin()).isEmpty();
        assertThat(s.allowPrivateNetworks()).isFalse();
        assertThat(s.metricsToken()).isEmpty();
        assertThat(s.maxUploadBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(s.importPace().maxUploadBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(s.apiRateLimit()).isEqualTo(300);
        assertThat(s.scheduleMinLead()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void theLeastLeadOfAScheduledStatusIsInSeconds() {
        env.put("KAKEHASHI_SCHEDULE_MIN_LEAD_SECONDS", "2");
        assertThat(load().scheduleMinLead()).isEqualTo(java.time.Duration.ofSeconds(2));
    }

    @Test
    void theDefaultH2DatabaseWritesEachCommitThroughAnUninterruptibleChannelAndAGivenUrlIsKept() {
        assertThat(load().database().url())
                .startsWith("jdbc:h2:async:" + dataDir.resolve("db").resolve("kakehashi"))
                .endsWith(";WRITE_DELAY=0");
        env.put("KAKEHASHI_DB_URL", "jdbc:h2:file:/srv/blog/db;MODE=PostgreSQL");
        assertThat(load().database().url()).isEqualTo("jdbc:h2:file:/srv/blog/db;MODE=PostgreSQL");
    }

    @Test
    void aSystemPropertyBeatsTheEnvironmentWhichBeatsAContextParameterWhichBeatsTheFile() throws Exception {
        file("base.url=https://file.example");
        context.put("kakehashi.base.url", "https://context.example");
        env.put("KAKEHASHI_BASE_URL", "https://env.example");
        system.put("kakehashi.base.url", "https://system.example");
        assertThat(load().baseUrl()).hasHost("system.example");

        system.clear();
        assertThat(load().baseUrl()).hasHost("env.example");
        env.clear();
        assertThat(load().baseUrl()).hasHost("context.example");
        context.clear();
        assertThat(load().baseUrl()).hasHost("file.example");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentAndItsPropertiesFileIsRead(@TempDir Path other) throws Exception {
        Files.writeString(
                other.resolve("kakehashi.properties"),
                "metrics.token = s3cret\nmax.upload.bytes=2048\napi.rate.limit=100000\nimport.max.upload.bytes=4096\n");
        env.put("KAKEHASHI_DATA_DIR", other.toString());
        Settings s = load();
        assertThat(s.dataDir()).isEqualTo(other.toAbsolutePath());
        assertThat(s.metricsToken()).contains("s3cret");
        assertThat(s.maxUploadBytes()).isEqualTo(2048);
        assertThat(s.importPace().maxUploadBytes()).isEqualTo(4096);
        assertThat(s.apiRateLimit()).isEqualTo(100_000);
    }

    @Test
    void aBlankValueCountsAsUnsetAndFallsThroughToTheNextSource() throws Exception {
        file("metrics.token=from-file");
        env.put("KAKEHASHI_METRICS_TOKEN", "   ");
        assertThat(load().metricsToken()).contains("from-file");
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsDropped() {
        env.put("KAKEHASHI_BASE_URL", "https://blog.example.com/");
        assertThat(load().baseUrl()).isEqualTo(URI.create("https://blog.example.com"));
    }

    @Test
    void aPostgresUrlTakesItsUserAndPassword() {
        env.put("KAKEHASHI_DB_URL", "jdbc:postgresql://db.internal:5432/kakehashi");
        env.put("KAKEHASHI_DB_USER", "kakehashi");
        env.put("KAKEHASHI_DB_PASSWORD", "pw");
        Settings.Database db = load().database();
        assertThat(db.isPostgres()).isTrue();
        assertThat(db.user()).isEqualTo("kakehashi");
        assertThat(db.password()).isEqualTo("pw");
    }

    @Test
    void theHeadlessAdminNeedsUsernameAndPasswordAndDefaultsTheEmail() {
        env.put("KAKEHASHI_ADMIN_USERNAME", "alice");
        env.put("KAKEHASHI_ADMIN_PASSWORD", "correct horse");
        assertThat(load().firstAdmin()).contains(new Settings.FirstAdmin("alice", "correct horse", "alice@localhost"));
    }

    @Test
    void eachBadValueIsReportedWithItsEnvironmentVariableAndPropertyName() {
        assertBad(
                "KAKEHASHI_BASE_URL", "ftp://x", "Setting KAKEHASHI_BASE_URL (kakehashi.base.url) must be an http(s)");
        assertBad("KAKEHASHI_BASE_URL", "https://x.example/blog", "without a path (deploy as ROOT.war)");
        assertBad("KAKEHASHI_BASE_URL", "https://x.example?q=1", "without a path");
        assertBad("KAKEHASHI_BASE_URL", "not a url", "Setting KAKEHASHI_BASE_URL (kakehashi.base.url)");
        assertBad("KAKEHASHI_DB_URL", "jdbc:mysql://x/db", "Setting KAKEHASHI_DB_URL (kakehashi.db.url) must be a");
        assertBad("KAKEHASHI_MAX_UPLOAD_BYTES", "ten", "KAKEHASHI_MAX_UPLOAD_BYTES (kakehashi.max.upload.bytes)");
        assertBad("KAKEHASHI_MAX_UPLOAD_BYTES", "0", "must be a positive whole number, got 0");
        assertBad("KAKEHASHI_API_RATE_LIMIT", "-5", "KAKEHASHI_API_RATE_LIMIT (kakehashi.api.rate.limit)");
        assertBad("KAKEHASHI_SCHEDULE_MIN_LEAD_SECONDS", "soon", "(kakehashi.schedule.min.lead.seconds)");
        assertBad("KAKEHASHI_ALLOW_PRIVATE_NETWORKS", "maybe", "must be true or false, got maybe");
        assertBad("KAKEHASHI_ADMIN_EMAIL", "a@example.com", "KAKEHASHI_ADMIN_USERNAME (kakehashi.admin.username) is");
        assertBad("KAKEHASHI_ADMIN_USERNAME", "alice", "KAKEHASHI_ADMIN_PASSWORD (kakehashi.admin.password) is");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReported() throws Exception {
        Path aFile = Files.writeString(dataDir.resolve("not-a-folder"), "x");
        env.put("KAKEHASHI_DATA_DIR", aFile.resolve("data").toString());
        assertThatThrownBy(this::load)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Setting KAKEHASHI_DATA_DIR (kakehashi.data.dir) cannot create the folder");
    }

    @Test
    void theEnvironmentNameOfAKeyIsUpperCaseWithUnderscores() {
        assertThat(SettingsSource.envName("allow.private.networks")).isEqualTo("KAKEHASHI_ALLOW_PRIVATE_NETWORKS");
        assertThat(source().get("missing")).isEqualTo(Optional.empty());
    }

    private void assertBad(String envName, String value, String message) {
        env.clear();
        env.put(envName, value);
        assertThatThrownBy(this::load)
                .as("%s=%s", envName, value)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theNodeIdIsTheSettingOrTheHostAndProcessAndAnUnprintableOneIsRefused() {
        assertThat(load().nodeId()).endsWith("-" + ProcessHandle.current().pid());
        env.put("KAKEHASHI_NODE_ID", "web-2.eu_west");
        assertThat(load().nodeId()).isEqualTo("web-2.eu_west");
        env.put("KAKEHASHI_NODE_ID", "web 2; <b>");
        assertThatThrownBy(this::load).isInstanceOf(SettingsException.class).hasMessageContaining("node.id");
    }
}
