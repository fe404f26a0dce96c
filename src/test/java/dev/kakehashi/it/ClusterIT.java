package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One site on two nodes (issue 9): two stand-alone Tomcats with the built WAR on one PostgreSQL and
 * one shared data folder, one {@code KAKEHASHI_BASE_URL}, behind a round-robin proxy, no sticky
 * sessions. Streaming crosses nodes, a follower gets each post once, a login made on one node
 * works on the other, and when one node's JVM is killed the other serves and delivers alone.
 */
class ClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void twoNodesBehindARoundRobinProxyWorkAsOneSiteAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        assumeTrue(TestDatabase.postgres(), "a cluster needs PostgreSQL");
        Path home = StandaloneTomcat.tomcat11();
        Path war = StandaloneTomcat.builtWar();

        Path dataDir = Files.createTempDirectory("kakehashi-cluster-");
        TestDatabase db = TestDatabase.create(dataDir);
        List<StandaloneTomcat> nodes = new ArrayList<>();
        try (FedifyPeer peer = FedifyPeer.start();
                RoundRobinProxy proxy = RoundRobinProxy.start()) {
            Map<String, String> env = env(proxy.baseUrl(), dataDir, db);
            nodes.add(StandaloneTomcat.create(home, home.resolve("conf"), war));
            nodes.add(StandaloneTomcat.create(home, home.resolve("conf"), war));
            try {
                // Both at once, as after a deploy: Flyway's lock lets one node migrate while the
                // other waits; only node 1 is told to make the first administrator.
                long t = System.nanoTime();
                for (int i = 0; i < 2; i++) {
                    Map<String, String> own = new LinkedHashMap<>(env);
                    own.put("KAKEHASHI_NODE_ID", "node-" + (i + 1));
                    if (i > 0) {
                        own.keySet().removeIf(k -> k.startsWith("KAKEHASHI_ADMIN_"));
                    }
                    nodes.get(i).start(own);
                }
                for (StandaloneTomcat node : nodes) {
                    node.awaitHealthy(START);
                }
                System.out.printf("ClusterIT: both nodes healthy in %d ms%n", millisSince(t));
                proxy.balance(nodes.stream().map(StandaloneTomcat::baseUrl).toList());
                run(proxy, nodes.get(0), nodes.get(1), peer, db, dataDir);
            } catch (Exception | AssertionError e) {
                for (StandaloneTomcat node : nodes) {
                    System.err.println("---- Tomcat log of " + node.baseUrl() + " ----\n" + node.log());
                }
                System.err.println("---- Fedify log ----\n" + peer.log());
                throw e;
            }
        } finally {
            nodes.forEach(StandaloneTomcat::close);
            db.drop();
        }
    }

    private static void run(
            RoundRobinProxy proxy,
            StandaloneTomcat one,
            StandaloneTomcat two,
            FedifyPeer peer,
            TestDatabase db,
            Path dataDir)
            throws Exception {
        // Each node names itself and hears the other through the bus.
        for (StandaloneTomcat node : List.of(one, two)) {
            Eventually.within(
                    Duration.ofSeconds(20),
                    "the bus of " + node.baseUrl() + " connects",
                    () -> health(node.baseUrl()).path("event_bus").asText().equals("connected"));
        }
        assertThat(health(one.baseUrl()).path("node").asText()).isEqualTo("node-1");
        assertThat(health(two.baseUrl()).path("node").asText()).isEqualTo("node-2");
        assertThat(health(two.baseUrl()).path("jobs").asText()).isEqualTo("started");

        // The login form from one node, the login on the other, the admin from the first again.
        int oneBefore = proxy.served(one.baseUrl());
        int twoBefore = proxy.served(two.baseUrl());
        WebClient admin = new WebClient(proxy.baseUrl()).logIn("deployer", "deployer-password-1");
        for (int i = 0; i < 4; i++) {
            assertThat(admin.get("/admin").status()).isEqualTo(200);
        }
        assertThat(proxy.served(one.baseUrl()) - oneBefore).isGreaterThanOrEqualTo(3);
        assertThat(proxy.served(two.baseUrl()) - twoBefore).isGreaterThanOrEqualTo(3);

        // An app registered on one node gets its token on the other.
        MastodonApi api = new MastodonApi(proxy.baseUrl());
        MastodonApi.App app = api.register("Cluster IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        String token = api.passwordToken(app, "deployer", "deployer-password-1", "read write follow");

        // Fedify follows the author through the proxy.
        String actor = authorActor(admin, proxy.baseUrl());
        peer.follow(actor);
        peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), PATIENCE);

        // A status made on node 1 arrives on a WebSocket and an SSE stream held on node 2.
        MastodonApi onOne = new MastodonApi(one.baseUrl());
        List<String> uris = new ArrayList<>();
        try (StreamingSocket socket = StreamingSocket.open(two.baseUrl(), token, "?stream=user");
                Sse sse = Sse.open(two.baseUrl(), token)) {
            barrier(socket);
            CompletableFuture<String> sseUpdate = sse.nextUpdate();
            long posting = System.nanoTime();
            JsonNode status = post(onOne, token, "Made on node one, heard on node two");
            long postMillis = millisSince(posting);
            long posted = System.nanoTime();
            uris.add(status.get("uri").asText());
            String id = status.get("id").asText();
            JsonNode frame = socket.await(
                    "the update on node 2's WebSocket",
                    f -> StreamingSocket.event("update", "user").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(id));
            long heard = millisSince(posted);
            assertThat(StreamingSocket.payload(frame).get("content").asText()).contains("heard on node two");
            assertThat(sseUpdate.get(30, TimeUnit.SECONDS)).contains("\"id\":\"" + id + "\"");
            System.out.printf(
                    "ClusterIT: the post took %d ms on node 1; its update reached node 2's WebSocket %d ms after%n",
                    postMillis, heard);
        }

        // Posts through the proxy, made by both nodes in turn: the follower gets each once.
        for (int i = 0; i < 3; i++) {
            uris.add(post(api, token, "Round-robin post " + i).get("uri").asText());
        }
        awaitCreates(peer, uris);
        awaitDrained(db, dataDir);
        assertCreatedOnce(peer, uris);

        // Node 1's JVM dies; the proxy finds only node 2, which serves and delivers alone.
        String killed = one.killJvm();
        assertThat(killed).contains("org.apache.catalina.startup.Bootstrap");
        assertThat(one.status("/health")).isEqualTo(-1);
        long killedAt = System.nanoTime();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode status = post(api, token, "After the crash " + i);
            after.add(status.get("uri").asText());
            assertThat(api.get("/api/v1/statuses/" + status.get("id").asText(), token)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(admin.get("/admin").status())
                .as("the session outlives its node")
                .isEqualTo(200);
        uris.addAll(after);
        awaitCreates(peer, uris);
        System.out.printf(
                "ClusterIT: after kill -9 of node 1, 2 posts through the proxy delivered by node 2 in %d ms%n",
                millisSince(killedAt));
        awaitDrained(db, dataDir);
        assertCreatedOnce(peer, uris);
        assertThat(peer.rejected()).isEmpty();
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
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
        env.put("KAKEHASHI_ADMIN_USERNAME", "deployer");
        env.put("KAKEHASHI_ADMIN_PASSWORD", "deployer-password-1");
        env.put("KAKEHASHI_ADMIN_EMAIL", "deployer@example.com");
        env.put("KAKEHASHI_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("KAKEHASHI_DELIVERY_FIRST_RETRY_MILLIS", "300");
        env.put("KAKEHASHI_DELIVERY_LEASE_MILLIS", "15000");
        return env;
    }

    private static JsonNode health(String baseUrl) {
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

    private static JsonNode post(MastodonApi api, String token, String text) {
        MastodonApi.Answer a = api.postJson("/api/v1/statuses", token, Map.of("status", text, "visibility", "public"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    private static void barrier(StreamingSocket socket) {
        socket.send("{\"type\":\"subscribe\",\"stream\":\"no-such-stream\"}");
        socket.await("the error for an unknown stream", f -> "Unknown stream type"
                .equals(f.path("error").asText()));
    }

    private static String authorActor(WebClient client, String base) throws Exception {
        String acct = "deployer@" + base.substring("http://".length());
        JsonNode jrd = JSON.readTree(client.get("/.well-known/webfinger?resource=acct:" + acct, "application/jrd+json")
                .body());
        for (JsonNode link : jrd.path("links")) {
            if ("self".equals(link.path("rel").asText())) {
                return link.path("href").asText();
            }
        }
        throw new AssertionError("no self link in " + jrd);
    }

    /** How many Creates of each object the follower accepted. */
    private static Map<String, Long> creates(FedifyPeer peer) {
        return peer.received().stream()
                .filter(a -> "Create".equals(a.path("type").asText()))
                .map(a -> a.path("activity").path("object").path("id").asText())
                .collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()));
    }

    private static void awaitCreates(FedifyPeer peer, List<String> uris) {
        Eventually.within(
                PATIENCE, "Creates of " + uris, () -> creates(peer).keySet().containsAll(uris));
    }

    /** Every activity fanned out and every delivery row ended: nothing more can be sent. */
    private static void awaitDrained(TestDatabase db, Path dataDir) {
        Eventually.within(PATIENCE, "the delivery queue drains", () -> {
            try (Connection c = db.connect(dataDir);
                    ResultSet r = c.createStatement()
                            .executeQuery(
                                    "select (select count(*) from outbox_activity where fanned_out_at is null and not superseded)"
                                            + " + (select count(*) from delivery where state = 'PENDING')")) {
                r.next();
                return r.getLong(1) == 0;
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void assertCreatedOnce(FedifyPeer peer, List<String> uris) {
        Map<String, Long> creates = creates(peer);
        assertThat(creates).containsOnlyKeys(uris);
        assertThat(creates)
                .allSatisfy((uri, n) -> assertThat(n).as("Creates of %s", uri).isEqualTo(1L));
    }

    /** A server-sent events stream of {@code user}, held open on one node. */
    private record Sse(BufferedReader lines) implements AutoCloseable {
        static Sse open(String baseUrl, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/streaming/user"))
                    .header("Authorization", "Bearer " + token)
                    .build();
            HttpResponse<InputStream> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> line(lines)).get(20, TimeUnit.SECONDS))
                    .isEqualTo(":)");
            return new Sse(lines);
        }

        /** The data line of the next {@code update} event. */
        CompletableFuture<String> nextUpdate() {
            return CompletableFuture.supplyAsync(() -> {
                String line;
                while ((line = line(lines)) != null) {
                    if (line.equals("event: update")) {
                        return line(lines);
                    }
                }
                return null;
            });
        }

        private static String line(BufferedReader lines) {
            try {
                return lines.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws Exception {
            lines.close();
        }
    }
}
