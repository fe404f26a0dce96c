package dev.kakehashi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kakehashi.federation.signature.IncomingRequest;
import dev.kakehashi.federation.signature.Pem;
import dev.kakehashi.federation.signature.RequestHeaders;
import dev.kakehashi.federation.signature.ResolvedKey;
import dev.kakehashi.federation.signature.SignatureException;
import dev.kakehashi.federation.signature.SignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A remote server's inboxes on 127.0.0.1 for delivery tests: every POST's signature is verified
 * against the signer's actor key, fetched from Kakehashi like a peer would; answers are scriptable
 * (503 then 200, 410, holding requests). Only activities answered with 2xx count as received.
 */
public final class Receiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An activity this receiver acknowledged, with the actor whose key signed it and when it came. */
    public record Delivery(String path, String signer, JsonNode activity, java.time.Instant arrived) {
        public String type() {
            return activity.path("type").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient http = HttpClient.newHttpClient();
    // Shared: the benchmark runs a thousand receivers, which should not each fetch the same key.
    private static final Map<String, ResolvedKey> KEYS = new ConcurrentHashMap<>();
    private final SignatureVerifier verifier = new SignatureVerifier(this::resolve, Clock.systemUTC());
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger answering = new AtomicInteger();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
    private volatile int status = 202;
    private volatile long delayMillis;
    private boolean ownsExecutor;

    private Receiver(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static Receiver start() {
        Receiver r = start(Executors.newCachedThreadPool());
        r.ownsExecutor = true;
        return r;
    }

    /** Several receivers may share one executor (the benchmark runs a thousand). */
    public static Receiver start(ExecutorService executor) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            Receiver r = new Receiver(server, executor);
            server.createContext("/", r::handle);
            server.setExecutor(executor);
            server.start();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next POSTs are answered with these statuses, in order; then the default again. */
    public Receiver answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    /** Answers every later POST with {@code status}. */
    public Receiver answerAlways(int status) {
        this.status = status;
        return this;
    }

    /** A slow server: every POST is answered this long after it arrived (and was verified). */
    public Receiver delay(java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
        return this;
    }

    /** POSTs wait, unanswered, until the returned latch is counted down; they are then answered 503. */
    public CountDownLatch hold() {
        CountDownLatch latch = new CountDownLatch(1);
        hold.set(latch);
        return latch;
    }

    public void release() {
        CountDownLatch latch = hold.getAndSet(null);
        if (latch != null) {
            latch.countDown();
        }
    }

    public List<Delivery> received() {
        return List.copyOf(received);
    }

    public List<Delivery> received(String type) {
        return received.stream().filter(d -> d.type().equals(type)).toList();
    }

    /** Every POST, answered or not. */
    public int posts() {
        return posts.get();
    }

    /** POSTs past the door (not held) that have not been answered yet. */
    public int answering() {
        return answering.get();
    }

    /** POSTs whose signature did not verify, with the reason. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            java.time.Instant arrived = java.time.Instant.now();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (!"POST".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            posts.incrementAndGet();
            // Counted before the hold is read, so a POST that slips past a new hold is never missed.
            answering.incrementAndGet();
            CountDownLatch latch = hold.get();
            if (latch != null) {
                answering.decrementAndGet();
                await(latch);
                ex.sendResponseHeaders(503, -1);
                return;
            }
            try {
                answer(ex, body, arrived);
            } finally {
                answering.decrementAndGet();
            }
        }
    }

    private void answer(HttpExchange ex, byte[] body, java.time.Instant arrived) throws IOException {
        String signer;
        try {
            signer = verifier.verify(new IncomingRequest(
                            "POST", ex.getRequestURI().getRawPath(), RequestHeaders.of(ex.getRequestHeaders()), body))
                    .actorId();
        } catch (SignatureException | IllegalArgumentException e) {
            refused.add(e.getMessage());
            ex.sendResponseHeaders(401, -1);
            return;
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Integer scripted = script.poll();
        int answer = scripted != null ? scripted : status;
        if (answer >= 200 && answer < 300) {
            received.add(new Delivery(ex.getRequestURI().getPath(), signer, JSON.readTree(body), arrived));
        }
        ex.sendResponseHeaders(answer, -1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fetches the signer's actor from Kakehashi (unsigned: local actors are public) and reads its key. */
    private Optional<ResolvedKey> resolve(String keyId, boolean refresh) {
        if (!refresh && KEYS.containsKey(keyId)) {
            return Optional.of(KEYS.get(keyId));
        }
        try {
            String actorUrl = keyId.replaceAll("#.*", "");
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(actorUrl))
                            .header("Accept", "application/activity+json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode key = JSON.readTree(r.body()).path("publicKey");
            if (!keyId.equals(key.path("id").asText())) {
                return Optional.empty();
            }
            ResolvedKey resolved = new ResolvedKey(
                    Pem.decodePublicKey(key.path("publicKeyPem").asText()),
                    key.path("owner").asText());
            KEYS.put(keyId, resolved);
            return Optional.of(resolved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Stops the server; an executor given to {@link #start(ExecutorService)} is the caller's to stop. */
    @Override
    public void close() {
        release();
        server.stop(0);
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }
}
