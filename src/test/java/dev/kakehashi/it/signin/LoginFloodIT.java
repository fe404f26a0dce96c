package dev.kakehashi.it.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 of the hardening review: a flood of logins must not take the blog down. A stand-alone
 * Tomcat under {@code -Xmx512m} takes 200 concurrent {@code POST /login}s (each client from its own
 * loopback address, so no guess limit hides the hashing), while a probe keeps asking for other
 * pages: they all answer, and Tomcat stays healthy afterwards.
 *
 * <p>The figure, "other pages within 1 s", is a speed target: {@code bench/login-flood.sh}
 * runs this same flood with {@code -Dkakehashi.flood.pageBudgetMs=1000} and prints the latencies.
 * In the suite the budget is 5 s, which still catches the failure this guards against (pages
 * queued behind the password hashing wait for the whole flood, 6 s and more) without letting a
 * busy CI machine's one slow GC pause decide the build.
 */
class LoginFloodIT {
    private static final int CLIENTS = 200;
    /** Long enough for dozens of page probes: a short burst says little about a maximum. */
    private static final Duration FLOOD_FOR = Duration.ofSeconds(6);

    private static final Duration PAGE_BUDGET = Duration.ofMillis(Long.getLong("kakehashi.flood.pageBudgetMs", 5_000));

    @Test
    void twoHundredConcurrentLoginsUnder512MiBLeaveOtherPagesAnswering() throws Exception {
        Path home = Path.of("/usr/share/tomcat10");
        Path tomcat11 = Path.of(System.getProperty("kakehashi.it.tomcat11", "target/tomcat11/missing"));
        Path conf = Path.of("/etc/tomcat10");
        if (!Files.isRegularFile(home.resolve("bin/catalina.sh"))) {
            home = tomcat11;
            conf = tomcat11.resolve("conf");
        }
        assumeTrue(Files.isRegularFile(home.resolve("bin/catalina.sh")), "no Tomcat installed");
        Path war = Path.of(System.getProperty("kakehashi.it.warFile", "target/kakehashi.war"));
        assertThat(war).as("run `mvn package` first").isRegularFile();
        try (StandaloneTomcat server = StandaloneTomcat.create(home, conf, war)) {
            server.start(Map.of(
                    "CATALINA_OPTS", "-Xmx512m",
                    "KAKEHASHI_BASE_URL", server.baseUrl(),
                    "KAKEHASHI_DATA_DIR",
                            server.base().resolve("kakehashi-data").toString(),
                    "KAKEHASHI_ADMIN_USERNAME", "owner",
                    "KAKEHASHI_ADMIN_PASSWORD", "owner-password-1",
                    "KAKEHASHI_ADMIN_EMAIL", "owner@example.com"));
            try {
                server.awaitHealthy(Duration.ofSeconds(240)); // a loaded CI machine starts slowly
                flood(server);
            } catch (Exception | AssertionError e) {
                System.err.println("---- Tomcat log ----\n" + server.log());
                throw e;
            }
        }
    }

    private static void flood(StandaloneTomcat server) throws Exception {
        String base = server.baseUrl();
        // One login form's token pair serves every flooding client, as it would an attacker's script.
        LoopbackClient form = new LoopbackClient(base, "127.0.0.1", 10_000);
        String token = form.get("/login").csrf();
        assertThat(new WebClient(base).get("/").status()).isEqualTo(200); // warm the page up

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> pageMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> loginMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        long start = System.nanoTime();
        long floodEnds = start + FLOOD_FOR.toNanos();
        try {
            Future<?> probe = pool.submit(() -> probe(base, flooding, pageMillis));
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String from = "127.0.1." + (c + 1);
                String user = "flood-" + c;
                clients.add(pool.submit(() -> {
                    LoopbackClient client =
                            new LoopbackClient(base, from, 30_000).withCookie("kakehashi_login_csrf", token);
                    while (System.nanoTime() < floodEnds) {
                        long t = System.nanoTime();
                        int status;
                        try {
                            status = client.postForm(
                                            "/login",
                                            WebClient.form(
                                                    "username", user, "password", "xxxxxxxxxxxxxxxx", "_csrf", token))
                                    .status();
                        } catch (java.io.UncheckedIOException e) {
                            status = -1; // no answer within the client's timeout
                        }
                        loginMillis.add(Duration.ofNanos(System.nanoTime() - t).toMillis());
                        statuses.computeIfAbsent(status, k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            flooding.set(false);
            probe.get(10, TimeUnit.SECONDS);
        } finally {
            flooding.set(false);
            pool.shutdownNow();
        }
        long floodMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        List<Long> sorted = new ArrayList<>(pageMillis);
        Collections.sort(sorted);
        long healthMillis = timed(() -> assertThat(server.status("/health")).isEqualTo(200));
        List<Long> logins = new ArrayList<>(loginMillis);
        Collections.sort(logins);
        System.out.printf(
                "Login flood: %d clients posting /login for %d ms (%d posts), answers %s, login median %d ms, max %d ms;"
                        + " %d page probes during it, median %d ms, p99 %d ms, max %d ms; /health afterwards in %d"
                        + " ms%n",
                CLIENTS,
                floodMillis,
                logins.size(),
                new TreeMap<>(statuses),
                logins.get(logins.size() / 2),
                logins.get(logins.size() - 1),
                sorted.size(),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1),
                healthMillis);

        assertThat(statuses.keySet()).as("only refusals: " + statuses).isSubsetOf(401, 429, 503);
        assertThat(statuses.getOrDefault(503, new AtomicInteger()).get())
                .as("the hashing gate turned some away")
                .isPositive();
        assertThat(sorted).as("pages probed during the flood").hasSizeGreaterThanOrEqualTo(20);
        // Every probe, not the median: "other pages answer within 1 s" holds for each of them. The
        // sample is bounded (at most 200 probes, paced) so one slow outlier is a real finding.
        assertThat(sorted.get(sorted.size() - 1))
                .as("slowest page during the flood, ms (all: %s)", sorted)
                .isLessThanOrEqualTo(PAGE_BUDGET.toMillis());
        assertThat(healthMillis).isLessThanOrEqualTo(PAGE_BUDGET.toMillis());
        var owner = new LoopbackClient(base, "127.0.2.1", 10_000).logIn("owner", "owner-password-1");
        assertThat(owner.status()).as("the owner logs in afterwards").isEqualTo(303);
        assertThat(server.log()).doesNotContain("OutOfMemoryError");
    }

    /** Asks for the home page and /health in turn while the flood runs (bounded: 200 rounds). */
    private static Void probe(String base, AtomicBoolean flooding, List<Long> millis) {
        WebClient reader = new WebClient(base);
        for (int round = 0; round < 200 && flooding.get(); round++) {
            String path = round % 2 == 0 ? "/" : "/health";
            millis.add(timed(
                    () -> assertThat(reader.get(path, "*/*").status()).as(path).isEqualTo(200)));
            try {
                Thread.sleep(100); // pacing between probes, not a wait for an outcome
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return Duration.ofNanos(System.nanoTime() - t).toMillis();
    }
}
