package dev.kakehashi.it;

import static dev.kakehashi.it.TwoNodeSite.health;
import static dev.kakehashi.it.TwoNodeSite.millisSince;
import static dev.kakehashi.it.TwoNodeSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One site on two nodes (issue 9): two stand-alone Tomcats with the built WAR on one PostgreSQL and
 * one shared data folder, one {@code KAKEHASHI_BASE_URL}, behind a round-robin proxy, no sticky
 * sessions. Streaming crosses nodes, a follower gets each post once, a login made on one node
 * works on the other, and when one node's JVM is killed the other serves and delivers alone.
 */
class ClusterIT {
    @Test
    void twoNodesBehindARoundRobinProxyWorkAsOneSiteAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        assumeTrue(TestDatabase.postgres(), "a cluster needs PostgreSQL");
        try (TwoNodeSite site = TwoNodeSite.start(Map.of())) {
            try {
                run(site);
            } catch (Exception | AssertionError e) {
                site.printLogs();
                throw e;
            }
        }
    }

    private static void run(TwoNodeSite site) throws Exception {
        RoundRobinProxy proxy = site.proxy;
        StandaloneTomcat one = site.one;
        StandaloneTomcat two = site.two;
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
        WebClient admin = new WebClient(proxy.baseUrl()).logIn(TwoNodeSite.ADMIN, TwoNodeSite.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(admin.get("/admin").status()).isEqualTo(200);
        }
        assertThat(proxy.served(one.baseUrl()) - oneBefore).isGreaterThanOrEqualTo(3);
        assertThat(proxy.served(two.baseUrl()) - twoBefore).isGreaterThanOrEqualTo(3);

        // An app registered on one node gets its token on the other.
        MastodonApi api = new MastodonApi(proxy.baseUrl());
        MastodonApi.App app = api.register("Cluster IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        String token = api.passwordToken(app, TwoNodeSite.ADMIN, TwoNodeSite.PASSWORD, "read write follow");

        // Fedify follows the author through the proxy.
        site.peer.follow(site.authorActor());
        site.peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), TwoNodeSite.PATIENCE);

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
        site.awaitCreates(uris);
        site.awaitDrained();
        site.assertCreatedOnce(uris);

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
        site.awaitCreates(uris);
        System.out.printf(
                "ClusterIT: after kill -9 of node 1, 2 posts through the proxy delivered by node 2 in %d ms%n",
                millisSince(killedAt));
        site.awaitDrained();
        site.assertCreatedOnce(uris);
        assertThat(site.peer.rejected()).isEmpty();
    }

    private static void barrier(StreamingSocket socket) {
        socket.send("{\"type\":\"subscribe\",\"stream\":\"no-such-stream\"}");
        socket.await("the error for an unknown stream", f -> "Unknown stream type"
                .equals(f.path("error").asText()));
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
