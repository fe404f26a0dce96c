package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One site on two nodes, for the cluster tests: two stand-alone Tomcat 11s with the built WAR on one
 * PostgreSQL and one shared data folder, one {@code KAKEHASHI_BASE_URL}, behind a {@link
 * RoundRobinProxy}, and a Fedify peer. Node 1 makes the first administrator, {@code deployer}.
 * Public for the cluster benchmark (bench/cluster-fanout.sh).
 */
public final class TwoNodeSite implements AutoCloseable {
    static final Duration START = Duration.ofSeconds(240);
    static final Duration PATIENCE = Duration.ofSeconds(60);
    public static final String ADMIN = "deployer";
    public static final String PASSWORD = "deployer-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FedifyPeer peer;
    final RoundRobinProxy proxy;
    final TestDatabase db;
    final Path dataDir;
    final StandaloneTomcat one;
    final StandaloneTomcat two;

    private TwoNodeSite(
            FedifyPeer peer,
            RoundRobinProxy proxy,
            TestDatabase db,
            Path dataDir,
            StandaloneTomcat one,
            StandaloneTomcat two) {
        this.peer = peer;
        this.proxy = proxy;
        this.db = db;
        this.dataDir = dataDir;
        this.one = one;
        this.two = two;
    }

    /**
     * Starts both nodes at once, as after a deploy (Flyway's lock lets one migrate while the other
     * waits), with {@code settings} added to each node's environment, and balances the proxy over them.
     */
    public static TwoNodeSite start(Map<String, String> settings) throws Exception {
        Path home = StandaloneTomcat.tomcat11();
        Path war = StandaloneTomcat.builtWar();
        Path dataDir = Files.createTempDirectory("kakehashi-cluster-");
        TestDatabase db = TestDatabase.create(dataDir);
        TwoNodeSite site = new TwoNodeSite(
                FedifyPeer.start(),
                RoundRobinProxy.start(),
                db,
                dataDir,
                StandaloneTomcat.create(home, home.resolve("conf"), war),
                StandaloneTomcat.create(home, home.resolve("conf"), war));
        try {
            Map<String, String> env = env(site.proxy.baseUrl(), dataDir, db);
            env.putAll(settings);
            long t = System.nanoTime();
            Map<String, String> first = new LinkedHashMap<>(env);
            first.put("KAKEHASHI_NODE_ID", "node-1");
            site.one.start(first);
            // Only node 1 is told to make the first administrator.
            Map<String, String> second = new LinkedHashMap<>(env);
            second.put("KAKEHASHI_NODE_ID", "node-2");
            second.keySet().removeIf(k -> k.startsWith("KAKEHASHI_ADMIN_"));
            site.two.start(second);
            site.one.awaitHealthy(START);
            site.two.awaitHealthy(START);
            System.out.printf("TwoNodeSite: both nodes healthy in %d ms%n", millisSince(t));
            site.proxy.balance(List.of(site.one.baseUrl(), site.two.baseUrl()));
            return site;
        } catch (Exception | AssertionError e) {
            site.printLogs();
            site.close();
            throw e;
        }
    }

    private static Map<String, String> env(String baseUrl, Path dataDir, TestDatabase db) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAKEHASHI_BASE_URL", baseUrl);
        env.put("KAKEHASHI_DATA_DIR", dataDir.toString());
        env.put("KAKEHASHI_DB_URL", db.url());
        env.put("KAKEHASHI_DB_USER", db.user());
        // Every node seals and opens secrets with the same key.
        env.put("KAKEHASHI_SECRET_KEY", Base64.getEncoder().encodeToString(key));
        env.put("KAKEHASHI_ADMIN_USERNAME", ADMIN);
        env.put("KAKEHASHI_ADMIN_PASSWORD", PASSWORD);
        env.put("KAKEHASHI_ADMIN_EMAIL", "deployer@example.com");
        env.put("KAKEHASHI_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("KAKEHASHI_DELIVERY_FIRST_RETRY_MILLIS", "300");
        env.put("KAKEHASHI_DELIVERY_LEASE_MILLIS", "15000");
        return env;
    }

    /** The site's one base URL: the proxy's. */
    public String baseUrl() {
        return proxy.baseUrl();
    }

    /** A connection to the shared database; the caller closes it. */
    public Connection database() throws java.sql.SQLException {
        return db.connect(dataDir);
    }

    /** Stops node 2 gracefully; from then on the proxy sends everything to node 1. */
    public void stopNodeTwo() {
        proxy.balance(List.of(one.baseUrl()));
        two.stop();
    }

    /** Both Tomcats' logs and the peer's, for a failed test. */
    void printLogs() {
        for (StandaloneTomcat node : List.of(one, two)) {
            System.err.println("---- Tomcat log of " + node.baseUrl() + " ----\n" + node.log());
        }
        System.err.println("---- Fedify log ----\n" + peer.log());
    }

    static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    /** The node's {@code /health} report, or an empty object when it does not answer. */
    static JsonNode health(String baseUrl) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A public status posted through {@code api}; fails unless it is answered 200. */
    static JsonNode post(MastodonApi api, String token, String text) {
        MastodonApi.Answer a = api.postJson("/api/v1/statuses", token, Map.of("status", text, "visibility", "public"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    /** The administrator's actor id, by WebFinger through the proxy. */
    String authorActor() throws Exception {
        String acct = ADMIN + "@" + proxy.baseUrl().substring("http://".length());
        JsonNode jrd = JSON.readTree(new WebClient(proxy.baseUrl())
                .get("/.well-known/webfinger?resource=acct:" + acct, "application/jrd+json")
                .body());
        for (JsonNode link : jrd.path("links")) {
            if ("self".equals(link.path("rel").asText())) {
                return link.path("href").asText();
            }
        }
        throw new AssertionError("no self link in " + jrd);
    }

    /** How many Creates of each object the Fedify follower accepted. */
    Map<String, Long> creates() {
        return peer.received().stream()
                .filter(a -> "Create".equals(a.path("type").asText()))
                .map(a -> a.path("activity").path("object").path("id").asText())
                .collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()));
    }

    void awaitCreates(List<String> uris) {
        Eventually.within(
                PATIENCE, "Creates of " + uris, () -> creates().keySet().containsAll(uris));
    }

    /** Every activity fanned out and every delivery row ended: nothing more can be sent. */
    void awaitDrained() {
        Eventually.within(
                PATIENCE,
                "the delivery queue drains",
                () -> countOrMinusOne(
                                "select (select count(*) from outbox_activity where fanned_out_at is null and not superseded)"
                                        + " + (select count(*) from delivery where state = 'PENDING')")
                        == 0);
    }

    /** The Fedify follower accepted one Create of each of {@code uris}, and of nothing else. */
    void assertCreatedOnce(List<String> uris) {
        Map<String, Long> creates = creates();
        assertThat(creates).containsOnlyKeys(uris);
        assertThat(creates)
                .allSatisfy((uri, n) -> assertThat(n).as("Creates of %s", uri).isEqualTo(1L));
    }

    /** The single number a query of the shared database answers. */
    long count(String sql) {
        try (Connection c = db.connect(dataDir);
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** As {@link #count}, but -1 when no connection is had (a shared PostgreSQL out of connections). */
    private long countOrMinusOne(String sql) {
        try {
            return count(sql);
        } catch (AssertionError e) {
            if (e.getCause() instanceof java.sql.SQLException) {
                return -1;
            }
            throw e;
        }
    }

    /** The text a query of the shared database answers, or null. */
    String text(String sql) {
        try (Connection c = db.connect(dataDir);
                ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        one.close();
        two.close();
        proxy.close();
        peer.close();
        db.drop();
    }
}
