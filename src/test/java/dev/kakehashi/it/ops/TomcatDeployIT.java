package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kakehashi.it.RawHttp;
import dev.kakehashi.it.SecurityHeaders;
import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packed WAR dropped as ROOT.war into stand-alone Tomcats, configured only through KAKEHASHI_*
 * environment variables, as the README tells a deployer to do: Debian's tomcat10 package (Tomcat
 * 10.1) and upstream Tomcat 11 (unpacked from Maven Central by the build).
 */
class TomcatDeployIT {
    /**
     * A stand-alone Tomcat unpacks the WAR, migrates a new database and starts the app in a cold JVM:
     * 2 to 3 minutes at load average 30-38 on two cores (measured 2026-12-06), where 90 s
     * timed out. The waits end at the signal, so the bound is only for a Tomcat that hangs.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** A Tomcat installation: where its scripts live and where its conf files come from. */
    record Installation(String name, Path home, Path conf) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Installation> tomcats() {
        Path tomcat11 = Path.of(System.getProperty("kakehashi.it.tomcat11", "target/tomcat11/missing"));
        return Stream.of(
                new Installation("Debian tomcat10", Path.of("/usr/share/tomcat10"), Path.of("/etc/tomcat10")),
                new Installation("Tomcat 11", tomcat11, tomcat11.resolve("conf")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tomcats")
    void theWarRunsAsRootAndAHeadlessAdminCanPublish(Installation tomcat) {
        run(tomcat, Map.of(), server -> {
            server.awaitHealthy(START_TIMEOUT);
            WebClient admin = new WebClient(server.baseUrl()).logIn("deployer", "deployer-password-1");
            admin.compose("article", "publish", "title", "Deployed on " + tomcat.name(), "body", "It *works*.");

            WebClient reader = new WebClient(server.baseUrl());
            var home = reader.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select("main h2 a").eachText()).contains("Deployed on " + tomcat.name());
            // Federation and Mastodon clients look at the origin root: the app, not Tomcat, answers there.
            var wellKnown = reader.get("/.well-known/kakehashi-probe");
            assertThat(wellKnown.status()).isEqualTo(404);
            assertThat(wellKnown.body()).contains("There is nothing at this address.");
            assertThat(server.status("/kakehashi/health")).isNotEqualTo(200);
        });
    }

    /** Requests Tomcat refuses before any web application sees them: a broken URL... */
    static final List<String> REFUSED_URLS = List.of("/posts/%zz", "/a%00b", "/../x");
    /** ...or a request line that is not HTTP. */
    static final List<String> MALFORMED_LINES = List.of("GET /a b c HTTP/1.1", "GET /a{b HTTP/1.1", "GARBAGE");

    /**
     * Hardening review: on a Tomcat as installed (its default ErrorReportValve shows a stack trace
     * and the version), the WAR alone keeps them off Tomcat's own error pages, and every answer the
     * app gives, error pages and static files included, carries the security headers.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tomcats")
    void onAStockTomcatNoErrorPageShowsATraceOrTheVersionAndTheAppsAnswersCarryTheSecurityHeaders(Installation tomcat) {
        run(tomcat, Map.of(), server -> {
            server.awaitHealthy(START_TIMEOUT);
            WebClient reader = new WebClient(server.baseUrl());
            for (String path : List.of(
                    "/",
                    "/login",
                    "/assets/admin.css",
                    "/assets/nothing-here.css",
                    "/nothing-here",
                    "/WEB-INF/web.xml")) {
                var page = reader.get(path);
                SecurityHeaders.assertPresent(path, page);
                assertLeaksNothing(path, page);
            }
            assertThat(reader.get("/assets/nothing-here.css").status()).isEqualTo(404);
            for (String target : REFUSED_URLS) {
                var page = RawHttp.send(server.baseUrl(), "GET", target, Map.of(), null);
                assertThat(page.status()).as(target).isEqualTo(400);
                assertLeaksNothing(target, page);
            }
            for (String line : MALFORMED_LINES) {
                var page = RawHttp.sendLine(server.baseUrl(), line);
                assertThat(page.status()).as(line).isEqualTo(400);
                assertLeaksNothing(line, page);
            }
        });
    }

    private static void assertLeaksNothing(String what, WebClient.Page page) {
        assertThat(page.body())
                .as(what)
                .doesNotContain("Tomcat")
                .doesNotContain("Exception")
                .doesNotContain("org.apache")
                .doesNotContain("java.");
        assertThat(page.header("Server")).as(what + " Server header").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tomcats")
    void aBadBaseUrlKeepsTheAppDownWithOneMessageNamingTheSetting(Installation tomcat) {
        run(tomcat, Map.of("KAKEHASHI_BASE_URL", "ftp://blog.example.com"), server -> {
            server.awaitServerStarted(START_TIMEOUT);
            WebClient reader = new WebClient(server.baseUrl());
            var home = reader.get("/");
            assertThat(home.status()).isIn(404, 503);
            assertThat(home.header("Location")).isNull();
            assertThat(server.status("/health")).isIn(404, 503);
            assertThat(server.status("/setup")).isIn(404, 503);
            assertThat(server.log())
                    .contains("Kakehashi cannot start: Setting KAKEHASHI_BASE_URL (kakehashi.base.url) must be an"
                            + " http(s) origin")
                    .doesNotContain("Kakehashi is up");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tomcats")
    void aDatabaseUrlOfAnotherKindKeepsTheAppDown(Installation tomcat) {
        run(tomcat, Map.of("KAKEHASHI_DB_URL", "jdbc:mysql://127.0.0.1/kakehashi"), server -> {
            server.awaitServerStarted(START_TIMEOUT);
            assertThat(server.status("/")).isIn(404, 503);
            assertThat(server.log())
                    .contains("Kakehashi cannot start: Setting KAKEHASHI_DB_URL (kakehashi.db.url) must be a"
                            + " jdbc:h2: or jdbc:postgresql: URL")
                    .doesNotContain("Kakehashi is up");
        });
    }

    /** Starts Tomcat with the usual settings plus {@code overrides}, runs the check, always stops it. */
    private static void run(Installation tomcat, Map<String, String> overrides, Consumer<StandaloneTomcat> check) {
        Path catalina = tomcat.home().resolve("bin/catalina.sh");
        if (tomcat.name().startsWith("Debian")) {
            assumeTrue(Files.isRegularFile(catalina), "apt package tomcat10 is not installed (.ci/run installs it)");
        }
        assertThat(catalina)
                .as("the build unpacks Tomcat 11 in pre-integration-test")
                .isRegularFile();
        Path war = Path.of(System.getProperty("kakehashi.it.warFile", "target/kakehashi.war"));
        assertThat(war).as("run `mvn package` first").isRegularFile();
        StandaloneTomcat server = StandaloneTomcat.create(tomcat.home(), tomcat.conf(), war);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAKEHASHI_BASE_URL", server.baseUrl());
        env.put("KAKEHASHI_DATA_DIR", server.base().resolve("kakehashi-data").toString());
        env.put("KAKEHASHI_ADMIN_USERNAME", "deployer");
        env.put("KAKEHASHI_ADMIN_PASSWORD", "deployer-password-1");
        env.put("KAKEHASHI_ADMIN_EMAIL", "deployer@example.com");
        env.putAll(overrides);
        try {
            server.start(env);
            check.accept(server);
        } catch (AssertionError | RuntimeException e) {
            System.err.println("---- " + tomcat.name() + " log, last lines ----\n"
                    + server.logTail(StandaloneTomcat.LOG_TAIL_LINES));
            throw e;
        } finally {
            server.close();
        }
    }
}
