package dev.kakehashi.bench;

import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inbox benchmark: N distinct signed activities (Like, Announce, and Create of a reply, in turn) from
 * a few actors served on 127.0.0.1 ({@link SigningPeer}), POSTed to the blog's inbox by C threads
 * over kept-alive connections. Every request is signed before the clock starts, so the client only
 * sends. Reports the activities accepted per second (202, until the last answer) and processed per
 * second (from the first POST until no row is left {@code RECEIVED}). Run with bench/inbox.sh; the
 * database is chosen by -Dkakehashi.it.db.
 */
public final class InboxBench {
    private InboxBench() {}

    /** A pre-signed POST. */
    private record Signed(String body, Map<String, String> headers) {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        // The JDK keeps 5 idle connections per host unless told: one per sending thread.
        System.setProperty("http.maxConnections", String.valueOf(concurrency));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        KakehashiServer server = KakehashiServer.fresh();
        LiveTables tables = LiveTables.prepare(server);
        server.start();
        try (server;
                SigningPeer peer = new SigningPeer()) {
            WebClient admin = new WebClient(server).setUpAndLogIn("Bench", "alice", "correct horse battery");
            admin.compose("article", "publish", "title", "Inbox target", "body", "Liked, boosted and answered.");
            String post = server.url("/articles/inbox-target");
            List<String> ids = new ArrayList<>();
            for (int a = 0; a < actors; a++) {
                ids.add(peer.actor("bench" + a));
            }
            URI inbox = URI.create(server.url("/inbox"));
            for (int round = 1; round <= rounds; round++) {
                List<Signed> requests = sign(peer, ids, inbox, post, round, total);
                long waitingBefore = tables.count("select count(*) from inbox_activity");
                double loadBefore = os.getSystemLoadAverage();
                long cpuBefore = os.getProcessCpuTime();
                CpuShares sharesBefore = CpuShares.now(tables);
                AtomicInteger accepted = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(concurrency);
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> senders = new ArrayList<>();
                for (int t = 0; t < concurrency; t++) {
                    senders.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            int status = post(inbox, requests.get(i));
                            (status == 202 ? accepted : refused).incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : senders) {
                    f.get();
                }
                pool.shutdown();
                long acceptedNanos = System.nanoTime() - start;
                long waiting = 1;
                long deadline = System.nanoTime() + 600_000_000_000L;
                while (waiting > 0 && System.nanoTime() < deadline) {
                    waiting = tables.count("select count(*) from inbox_activity where state = 'RECEIVED'");
                    if (waiting > 0) {
                        Thread.sleep(100);
                    }
                }
                long processedNanos = System.nanoTime() - start;
                CpuShares sharesAfter = CpuShares.now(tables);
                long stored = tables.count("select count(*) from inbox_activity") - waitingBefore;
                String outcomes = outcomes(tables);
                System.out.printf(
                        Locale.ROOT,
                        "inbox round=%d db=%s activities=%d actors=%d concurrency=%d accepted=%d refused=%d"
                                + " stored=%d accepted_per_s=%.0f processed_per_s=%.0f left=%d jvm_cpu_ms=%d"
                                + " load_before=%.2f load_after=%.2f %s%n",
                        round,
                        System.getProperty("kakehashi.it.db", "h2"),
                        total,
                        actors,
                        concurrency,
                        accepted.get(),
                        refused.get(),
                        stored,
                        accepted.get() / (acceptedNanos / 1e9),
                        stored / (processedNanos / 1e9),
                        waiting,
                        (os.getProcessCpuTime() - cpuBefore) / 1_000_000,
                        loadBefore,
                        os.getSystemLoadAverage(),
                        outcomes);
                // Per activity: the request threads (202 path), the inbox threads (processing), the
                // database's processes (this benchmark signs before the clock and sends on threads
                // that have ended by now, so none of its own work is in these figures).
                System.out.printf(
                        Locale.ROOT,
                        "  cpu_us_per_activity: accept=%d process=%d database=%d%n",
                        sharesAfter.threadNanosSince(sharesBefore, "http-nio-") / 1000 / Math.max(1, stored),
                        sharesAfter.threadNanosSince(sharesBefore, "kakehashi-inbox") / 1000 / Math.max(1, stored),
                        sharesAfter.databaseMillisSince(sharesBefore) * 1000 / Math.max(1, stored));
                System.out.println("  threads_cpu_ms: " + sharesAfter.threadsSince(sharesBefore, 50_000_000L));
            }
        }
    }

    /** Like, Announce and Create (a reply to {@code post}) in turn, each with its own id, signed now. */
    private static List<Signed> sign(SigningPeer peer, List<String> actors, URI inbox, String post, int round, int n) {
        DraftCavageSigner signer = new DraftCavageSigner(Clock.systemUTC());
        List<Signed> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String actor = actors.get(i % actors.size());
            String id = actor + "/bench/" + round + "/" + i;
            String body =
                    switch (i % 3) {
                        case 0 -> activity(id, "Like", actor, "\"" + post + "\"");
                        case 1 -> activity(id, "Announce", actor, "\"" + post + "\"");
                        default -> activity(
                                id,
                                "Create",
                                actor,
                                "{\"id\":\"" + id + "/note\",\"type\":\"Note\",\"attributedTo\":\"" + actor
                                        + "\",\"inReplyTo\":\"" + post + "\",\"content\":\"<p>Reply " + i
                                        + "</p>\",\"published\":\"2026-01-01T00:00:00Z\",\"to\":[\""
                                        + "https://www.w3.org/ns/activitystreams#Public\"]}");
                    };
            out.add(new Signed(
                    body,
                    signer.sign(
                            "POST",
                            inbox,
                            body.getBytes(StandardCharsets.UTF_8),
                            "application/activity+json",
                            peer.keyOf(actor))));
        }
        return out;
    }

    private static String activity(String id, String type, String actor, String object) {
        return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "\",\"type\":\"" + type
                + "\",\"actor\":\"" + actor + "\",\"object\":" + object
                + ",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"]}";
    }

    /** HttpURLConnection, because java.net.http refuses to send a Date header; kept alive by the JDK. */
    private static int post(URI inbox, Signed request) {
        try {
            HttpURLConnection c = (HttpURLConnection) inbox.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/activity+json");
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host")) {
                    c.setRequestProperty(name, value);
                }
            });
            byte[] bytes = request.body().getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (var out = c.getOutputStream()) {
                out.write(bytes);
            }
            int status = c.getResponseCode();
            try (var in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String outcomes(LiveTables tables) {
        StringBuilder s = new StringBuilder("states:");
        for (String state : new String[] {"PROCESSED", "IGNORED", "REJECTED", "FAILED"}) {
            s.append(' ')
                    .append(state.toLowerCase(Locale.ROOT))
                    .append('=')
                    .append(tables.count("select count(*) from inbox_activity where state = ?", state));
        }
        return s.toString();
    }
}
