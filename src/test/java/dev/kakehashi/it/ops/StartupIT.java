package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start-up as a deployer meets it: a bad setting stops Kakehashi with one message naming the
 * setting and a plain "could not start" page on every path; kakehashi.properties in the data folder is read; a restart on the
 * same data (what replacing the WAR does) keeps everything and runs no migration twice.
 */
class StartupIT {

    @Test
    void aBaseUrlThatIsNotHttpStopsStartUp() {
        assertRefusesToStart("base.url", "ftp://blog.example.com", "Setting KAKEHASHI_BASE_URL (kakehashi.base.url)");
    }

    @Test
    void aBaseUrlWithAPathStopsStartUpAndSaysToDeployAsRoot() {
        assertRefusesToStart("base.url", "https://example.com/blog", "without a path (deploy as ROOT.war)");
    }

    @Test
    void aNonNumericUploadLimitStopsStartUp() {
        assertRefusesToStart(
                "max.upload.bytes",
                "ten megabytes",
                "Setting KAKEHASHI_MAX_UPLOAD_BYTES (kakehashi.max.upload.bytes) must be a positive whole number");
    }

    @Test
    void halfOfTheAdminSettingsStopsStartUp() {
        assertRefusesToStart(
                "admin.username", "root", "Setting KAKEHASHI_ADMIN_PASSWORD (kakehashi.admin.password) is required");
    }

    @Test
    void anUnreachableDatabaseStopsStartUp() {
        assertRefusesToStart(
                "db.url",
                "jdbc:postgresql://127.0.0.1:1/nowhere",
                "Setting KAKEHASHI_DB_URL (kakehashi.db.url): cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere");
    }

    @Test
    void halfOfTheAdminSettingsInThePropertiesFileStopsStartUp() throws Exception {
        try (KakehashiServer server = KakehashiServer.fresh();
                LogCapture log = LogCapture.kakehashi()) {
            // Half of the admin settings, given only in the file: start-up must notice them.
            Files.writeString(server.dataDir().resolve("kakehashi.properties"), "admin.email=only@example.com\n");
            server.start();
            assertThat(new WebClient(server).get("/").status()).isEqualTo(503);
            assertThat(log.text()).contains("Setting KAKEHASHI_ADMIN_USERNAME (kakehashi.admin.username) is required");
        }
    }

    @Test
    void thePropertiesFileInTheDataFolderIsReadAndContextParametersWin() throws Exception {
        try (KakehashiServer server = KakehashiServer.fresh()) {
            Files.writeString(
                    server.dataDir().resolve("kakehashi.properties"),
                    String.join(
                            "\n",
                            "# written by the deployer",
                            "admin.username = fromfile",
                            "admin.password = file-password-1",
                            "admin.email = file@example.com",
                            ""));
            server.with("admin.username", "fromcontext").start();

            WebClient browser = new WebClient(server);
            // Headless set-up from the file: no /setup detour, and the context parameter's name won.
            assertThat(browser.get("/").status()).isEqualTo(200);
            assertThat(browser.postLogin(WebClient.form("username", "fromfile", "password", "file-password-1"))
                            .status())
                    .isEqualTo(401);
            browser.logIn("fromcontext", "file-password-1");
            assertThat(browser.get("/admin").status()).isEqualTo(200);
        }
    }

    @Test
    void aRestartOnTheSameDataKeepsPostsAndRunsNoMigrationTwice() throws Exception {
        try (KakehashiServer server = KakehashiServer.empty();
                LogCapture log = LogCapture.kakehashi();
                LogCapture all = LogCapture.everything()) {
            server.start();
            assertThat(all.text()).as("Jersey's warnings about resources").doesNotContain("will be ignored");
            WebClient author = new WebClient(server).setUpAndLogIn("Upgrade IT", "owner", "owner-password-1");
            author.compose("article", "publish", "title", "Survives upgrades", "body", "Still here.");
            server.stop();
            assertThat(log.text()).contains("Applied " + migrationCount() + " database migration(s)");

            int logLinesBefore = log.text().split("\n").length;
            server.start();
            String secondStart = String.join(
                    "\n",
                    List.of(log.text().split("\n"))
                            .subList(logLinesBefore, log.text().split("\n").length));
            assertThat(secondStart).contains("Kakehashi is up").doesNotContain("Applied");

            WebClient reader = new WebClient(server);
            assertThat(reader.get("/").html().select("main h2 a").eachText()).contains("Survives upgrades");
            // Right after a start, while the password hashing warms up in the background: an
            // unknown account and a wrong password are refused, the right one signs in.
            WebClient stranger = new WebClient(server);
            assertThat(stranger.postLogin(WebClient.form("username", "nobody", "password", "owner-password-1"))
                            .status())
                    .isEqualTo(401);
            assertThat(stranger.postLogin(WebClient.form("username", "owner", "password", "wrong-password-1"))
                            .status())
                    .isEqualTo(401);
            new WebClient(server).logIn("owner", "owner-password-1");
            server.stop();
            assertThat(appliedVersions(server)).containsExactlyElementsOf(expectedVersions());
        }
    }

    /**
     * One log line naming the setting, no stack trace, and every path a plain 503 page that says
     * Kakehashi could not start and where the log is, without the setting's value.
     */
    private static void assertRefusesToStart(String key, String value, String message) {
        try (KakehashiServer server = KakehashiServer.fresh();
                LogCapture log = LogCapture.kakehashi();
                LogCapture all = LogCapture.everything()) {
            server.with(key, value).start();
            assertThat(log.text()).contains("Kakehashi cannot start").contains(message);
            assertThat(log.text()).doesNotContain("Kakehashi is up");
            assertThat(all.text().lines().filter(l -> l.contains("Kakehashi cannot start")))
                    .hasSize(1);
            assertThat(all.text()).doesNotContain("STACK TRACE");
            WebClient browser = new WebClient(server);
            for (String path : new String[] {"/", "/admin", "/setup", "/.well-known/webfinger", "/assets/admin.css"}) {
                var page = browser.get(path);
                assertThat(page.status()).as(path).isEqualTo(503);
                assertThat(page.html().select("h1").text()).as(path).isEqualTo("Kakehashi could not start");
                assertThat(page.body()).as(path).contains("catalina.out").doesNotContain(value);
            }
        }
    }

    private static long migrationCount() throws Exception {
        try (var files = Files.list(Path.of("migrations"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
    }

    private static List<String> expectedVersions() throws Exception {
        try (var files = Files.list(Path.of("migrations"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .toList();
        }
    }

    private static List<String> appliedVersions(KakehashiServer server) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (var c = server.database().connect(server.dataDir());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select version from flyway_schema_history where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
