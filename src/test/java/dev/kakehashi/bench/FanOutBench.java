package dev.kakehashi.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fan-out benchmark: one post to N followers spread over M local inboxes (one HTTP server per port,
 * each verifying signatures). Reports the time until the last inbox has the Create, the POSTs sent
 * and the CPU used. Run with bench/fanout.sh; the database is chosen by -Dkakehashi.it.db.
 */
public final class FanOutBench {
    private FanOutBench() {}

    public static void main(String[] args) throws Exception {
        int followers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int inboxes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        ExecutorService receiverThreads = Executors.newFixedThreadPool(64);
        List<Receiver> receivers = new ArrayList<>();
        try (KakehashiServer server = KakehashiServer.started()) {
            for (int i = 0; i < inboxes; i++) {
                receivers.add(Receiver.start(receiverThreads));
            }
            WebClient admin = new WebClient(server).setUpAndLogIn("Bench", "alice", "correct horse battery");
            Followers.seed(server, c -> {
                String alice = Followers.actorRef(c, "alice");
                c.setAutoCommit(false);
                for (int i = 0; i < followers; i++) {
                    Receiver r = receivers.get(i % inboxes);
                    String actor = r.url("/users/u" + i);
                    Followers.add(c, alice, actor, actor + "/inbox", r.url("/inbox"));
                }
                c.commit();
            });
            // One warm-up post to a single receiver's worth of key fetching is not needed: the
            // receivers share one key cache, filled by the first POST.
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long deliveryCpuBefore = deliveryThreadCpu();
            long start = System.nanoTime();
            admin.compose("note", "publish", "body", "Fan-out benchmark post.");
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (receivers.stream().anyMatch(r -> r.received("Create").isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Not every inbox got the post within 5 minutes");
                }
                Thread.sleep(5);
            }
            long elapsed = System.nanoTime() - start;
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long deliveryCpu = deliveryThreadCpu() - deliveryCpuBefore;
            Thread.sleep(2000); // anything sent twice would arrive now
            int posts = receivers.stream().mapToInt(Receiver::posts).sum();
            long creates = receivers.stream()
                    .mapToLong(r -> r.received("Create").size())
                    .sum();
            long refused = receivers.stream().mapToLong(r -> r.refused().size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "fanout db=%s followers=%d inboxes=%d last_inbox_ms=%d posts=%d creates=%d refused=%d"
                            + " process_cpu_ms=%d delivery_threads_cpu_ms=%d load=%.2f%n",
                    System.getProperty("kakehashi.it.db", "h2"),
                    followers,
                    inboxes,
                    elapsed / 1_000_000,
                    posts,
                    creates,
                    refused,
                    cpu / 1_000_000,
                    deliveryCpu / 1_000_000,
                    os.getSystemLoadAverage());
            if ("postgres".equals(System.getProperty("kakehashi.it.db"))) {
                phases(server);
            }
        } finally {
            receivers.forEach(Receiver::close);
            receiverThreads.shutdownNow();
        }
    }

    /** Where the time went, from the rows' own timestamps: queueing to fan-out, fan-out to last delivery. */
    private static void phases(KakehashiServer server) throws java.sql.SQLException {
        try (var c = server.database().connect(server.dataDir());
                var rs = c.createStatement()
                        .executeQuery("select min(a.created_at), min(d.created_at), max(d.created_at),"
                                + " max(d.updated_at) from outbox_activity a join delivery d on d.activity_id = a.id"
                                + " where a.activity_type = 'Create'")) {
            rs.next();
            long queued = rs.getTimestamp(1).getTime();
            System.out.printf(
                    Locale.ROOT,
                    "phases_ms: fan_out_started=%d fan_out_done=%d last_delivery_recorded=%d%n",
                    rs.getTimestamp(2).getTime() - queued,
                    rs.getTimestamp(3).getTime() - queued,
                    rs.getTimestamp(4).getTime() - queued);
        }
    }

    /** CPU of the app's delivery threads (the receivers run in this JVM too). */
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
