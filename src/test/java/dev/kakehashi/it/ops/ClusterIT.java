package dev.kakehashi.it.ops;

import static dev.kakehashi.it.ops.TwoNodeSite.health;
import static dev.kakehashi.it.ops.TwoNodeSite.millisSince;
import static dev.kakehashi.it.ops.TwoNodeSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.StreamingSocket;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.it.WebClient;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One site on two nodes (issue 9): two stand-alone Tomcats with the built WAR on one PostgreSQL and
 * one shared data folder, one {@code KAKEHASHI_BASE_URL}, behind a round-robin proxy, no sticky
 * sessions. Streaming crosses nodes, a follower gets each post once, both nodes send part of a
 * large fan-out, a login made on one node works on the other, and when one node's JVM is killed
 * the other serves and delivers alone.
 */
class ClusterIT {
    /** More inboxes than a node claims at once (500), on hosts that answer after 100 ms. */
    private static final int FAN_OUT = 600;

    /** Ample: on the shared test machine two Tomcats, the Fedify peer and the receivers share 2 cores. */
    private static final Duration FAN_OUT_PATIENCE = Duration.ofMinutes(3);

    private static final int FAN_OUT_HOSTS = 4;

    @Test
    void twoNodesBehindARoundRobinProxyWorkAsOneSiteAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        assumeTrue(TestDatabase.postgres(), "a cluster needs PostgreSQL");
        // A lease long enough for a node to send the 500 rows it claims at once on a loaded machine
        // (rows it could not send in time would wait for the lease's end); nothing here is killed
        // while holding claims.
        try (TwoNodeSite site = TwoNodeSite.start(Map.of("KAKEHASHI_DELIVERY_LEASE_MILLIS", "120000"))) {
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

        uris.add(bothNodesShareALargeFanOut(site, api, token));
        site.awaitCreates(uris);
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

    /**
     * One post to {@link #FAN_OUT} inboxes on slow hosts, more than one node claims at a time: every
     * inbox acknowledges it once, and each node sent part of it (the node that claimed a row last is
     * on the row). The followers are removed after, so later posts go to the Fedify follower only.
     *
     * @return the post's URI
     */
    private static String bothNodesShareALargeFanOut(TwoNodeSite site, MastodonApi api, String token) throws Exception {
        List<Receiver> hosts = new ArrayList<>();
        try {
            Set<String> inboxes = new TreeSet<>();
            List<String> actors = new ArrayList<>();
            try (var c = site.database()) {
                String author = Followers.actorRef(c, TwoNodeSite.ADMIN);
                c.setAutoCommit(false);
                for (int h = 0; h < FAN_OUT_HOSTS; h++) {
                    Receiver r = Receiver.start().delay(Duration.ofMillis(100));
                    hosts.add(r);
                    for (int i = 0; i < FAN_OUT / FAN_OUT_HOSTS; i++) {
                        String actor = r.url("/users/u" + i);
                        Followers.add(c, author, actor, actor + "/inbox", null);
                        actors.add("'" + actor + "'");
                        inboxes.add(actor + "/inbox");
                    }
                }
                c.commit();
            }
            long posting = System.nanoTime();
            String uri = post(api, token, "A large fan-out").get("uri").asText();
            try {
                Eventually.within(FAN_OUT_PATIENCE, "every inbox acknowledges the Create", () -> acknowledged(hosts)
                        .keySet()
                        .equals(inboxes));
            } catch (AssertionError e) {
                throw new AssertionError(
                        acknowledged(hosts).size() + " of " + FAN_OUT + " acknowledged; rows: "
                                + site.text("select string_agg(state || ' ' || coalesce(claimed_by, '-') || ' '"
                                        + " || coalesce(last_error, '') || ': ' || n, '; ') from (select state,"
                                        + " claimed_by, last_error, count(*) as n from delivery"
                                        + " group by state, claimed_by, last_error) t"),
                        e);
            }
            long tookMillis = millisSince(posting);
            site.awaitDrained();
            assertThat(acknowledged(hosts)).allSatisfy((inbox, n) -> assertThat(n)
                    .as("Creates acknowledged by %s", inbox)
                    .isEqualTo(1L));
            assertThat(hosts).allSatisfy(r -> assertThat(r.refused()).isEmpty());
            Map<String, Long> byNode = new TreeMap<>();
            for (String node : List.of("node-1", "node-2")) {
                byNode.put(
                        node,
                        site.count("select count(*) from delivery d join outbox_activity a on a.id = d.activity_id"
                                + " where a.object_uri = '" + uri + "/activity' and a.activity_type = 'Create'"
                                + " and d.state = 'DELIVERED' and d.claimed_by = '" + node + "'"));
            }
            assertThat(byNode.values().stream().mapToLong(Long::longValue).sum())
                    .as("deliveries of the post, Fedify's included")
                    .isEqualTo(FAN_OUT + 1L);
            assertThat(byNode)
                    .allSatisfy((node, n) ->
                            assertThat(n).as("deliveries sent by %s", node).isPositive());
            System.out.printf(
                    "ClusterIT: %d inboxes (100 ms each) acknowledged in %d ms; sent by node: %s%n",
                    FAN_OUT, tookMillis, byNode);
            try (var c = site.database()) {
                c.createStatement()
                        .executeUpdate(
                                "delete from follower where remote_actor_uri in (" + String.join(", ", actors) + ")");
            }
            return uri;
        } finally {
            hosts.forEach(Receiver::close);
        }
    }

    /** How many Creates each inbox (full URL) acknowledged. */
    static Map<String, Long> acknowledged(List<Receiver> hosts) {
        return hosts.stream()
                .flatMap(r -> r.received("Create").stream().map(d -> r.url(d.path())))
                .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()));
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
