package dev.kakehashi.federation.delivery;

import dev.kakehashi.federation.delivery.DeliveryOutcomes.Attempt;
import dev.kakehashi.federation.delivery.DeliveryOutcomes.Outcome;
import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.service.queue.DeliveryQueue;
import dev.kakehashi.store.DeliveryRepository.Due;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due delivery rows: claims a batch, POSTs them in parallel over a few shared HTTP clients
 * (connections are reused), at most {@link #PER_HOST} at a time per host, signing every attempt
 * afresh, and records each outcome on its row. The next batch is claimed while the last half of the
 * previous one is still on its way, so a big fan-out does not wait for its slowest receivers.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final String CONTENT_TYPE = "application/activity+json";
    static final int BATCH = 500;
    static final int THREADS = 48;
    static final int PER_HOST = 4;
    /**
     * HTTP clients, each with its own connection pool and selector thread; a host always uses the
     * same one. One client for a thousand hosts serialises every request on its pool's lock, whose
     * expiry list it scans from end to end, and on its one selector thread.
     */
    static final int CLIENTS = 8;
    /** How long one run keeps claiming more rows before it lets the job fan out new activities. */
    static final Duration REFILL_WINDOW = Duration.ofSeconds(20);
    /** How long a claimed row stays hidden from other workers: longer than a batch takes to send. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int FLUSH_SIZE = 50;
    static final long FLUSH_MILLIS = 50;

    private final DeliveryQueue queue;
    private final RequestSigner signer;
    private final Function<String, SigningKey> keys;
    private final Predicate<URI> mayConnect;
    private final DeliveryOutcomes outcomes;
    private final Duration lease;
    private final String userAgent;
    private final String node;
    private final Clock clock;
    private final HttpClient[] clients = new HttpClient[CLIENTS];
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "kakehashi-delivery");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Semaphore> perHost = new ConcurrentHashMap<>();

    /**
     * @param keys the signing key of a local actor, by actor ref
     * @param mayConnect the SSRF guard: false refuses the destination for good
     * @param lease how long claimed rows are hidden from other workers; after a crash they are due
     *     again once it ends ({@link #LEASE} in production)
     * @param node this node's id, recorded on each row it claims
     */
    public DeliveryWorker(
            DeliveryQueue queue,
            Audience audience,
            RequestSigner signer,
            Function<String, SigningKey> keys,
            Predicate<URI> mayConnect,
            RetryPolicy policy,
            Duration lease,
            String userAgent,
            String node,
            Clock clock) {
        this.queue = queue;
        this.signer = signer;
        this.keys = keys;
        this.mayConnect = mayConnect;
        this.outcomes = new DeliveryOutcomes(queue, audience, policy, clock);
        this.lease = lease;
        this.userAgent = userAgent;
        this.node = node;
        this.clock = clock;
        // The client keeps its own executor: the pool's threads block in send(), and a client sharing
        // them would have none left to complete the responses they wait for.
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
    }

    /**
     * Sends due rows and waits for all of them; returns how many were attempted. Claims a batch, and
     * another whenever fewer than half a batch are left in flight, for up to {@link #REFILL_WINDOW}.
     * Outcomes are recorded as they come, a few dozen per transaction, at most {@link #FLUSH_MILLIS}
     * after the answer, so little is sent twice after a crash.
     */
    public int runOnce() {
        if (isClosed()) {
            return 0;
        }
        long refillUntil = System.nanoTime() + REFILL_WINDOW.toNanos();
        BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
        // By claim, not by row id: a row whose lease ran out may be claimed again in the same run.
        Map<Due, Future<?>> pending = new IdentityHashMap<>();
        List<Long> unsent = new ArrayList<>();
        int attempted = 0;
        boolean more = true;
        List<Outcome> toRecord = new ArrayList<>();
        long flushed = System.nanoTime();
        do {
            if (more && pending.size() <= BATCH / 2 && !isClosed() && System.nanoTime() < refillUntil) {
                int claimed;
                try {
                    claimed = claimAndSubmit(done, pending, unsent);
                } catch (RuntimeException e) {
                    if (pending.isEmpty()) {
                        throw e;
                    }
                    // What is in flight still gets its outcomes recorded; the rest waits for the next run.
                    log.warn("Could not claim more deliveries: {}", e.getMessage());
                    claimed = 0;
                }
                attempted += claimed;
                more = claimed == BATCH;
            }
            Outcome o;
            try {
                o = pending.isEmpty() ? null : done.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (o != null) {
                pending.remove(o.due());
                if (o.attempt().interrupted()) {
                    unsent.add(o.due().id());
                } else if (!o.attempt().leaseEnded()) {
                    toRecord.add(o);
                }
            } else if (isClosed()) {
                // Tasks cancelled by close() never report: their rows go back unsent.
                pending.entrySet()
                        .removeIf(e -> e.getValue().isCancelled()
                                && unsent.add(e.getKey().id()));
            }
            boolean stale = System.nanoTime() - flushed > TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);
            if (toRecord.size() >= FLUSH_SIZE || (stale && !toRecord.isEmpty())) {
                outcomes.record(List.copyOf(toRecord));
                toRecord.clear();
                flushed = System.nanoTime();
            }
        } while (!pending.isEmpty());
        outcomes.record(toRecord);
        outcomes.release(unsent);
        return attempted;
    }

    /** Claims up to a batch of due rows and starts sending them; returns how many were claimed. */
    private int claimAndSubmit(BlockingQueue<Outcome> done, Map<Due, Future<?>> pending, List<Long> unsent) {
        Instant claimed = clock.instant();
        List<Due> due = queue.claim(claimed, BATCH, lease, node);
        // Past this, another node may have taken the row over: it is left alone, not sent twice.
        Instant sendBy = claimed.plus(lease).minus(leaseMargin());
        for (Due d : due) {
            try {
                pending.put(d, pool.submit(() -> done.add(new Outcome(d, deliver(d, sendBy)))));
            } catch (RejectedExecutionException e) {
                unsent.add(d.id());
            }
        }
        return due.size();
    }

    /** Time kept in hand at the end of a lease for the POST itself to finish within it. */
    private Duration leaseMargin() {
        Duration half = lease.dividedBy(2);
        return TIMEOUT.compareTo(half) < 0 ? TIMEOUT : half;
    }

    public boolean isClosed() {
        return pool.isShutdown();
    }

    /**
     * One attempt, within the per-host cap, unless the lease ends before it could start; never
     * throws, so every started task reports.
     */
    private Attempt deliver(Due d, Instant sendBy) {
        Semaphore gate = perHost.computeIfAbsent(d.host(), h -> new Semaphore(PER_HOST));
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.noAnswer(Attempt.INTERRUPTED);
        }
        try {
            if (clock.instant().isAfter(sendBy)) {
                return Attempt.noAnswer(Attempt.LEASE_ENDED);
            }
            return send(d);
        } catch (RuntimeException e) {
            log.warn("Delivery to {} failed unexpectedly", d.inboxUrl(), e);
            return Attempt.noAnswer(e.getClass().getSimpleName());
        } finally {
            gate.release();
        }
    }

    private Attempt send(Due d) {
        URI target;
        try {
            target = URI.create(d.inboxUrl());
        } catch (IllegalArgumentException e) {
            return new Attempt(Optional.of(400), Optional.empty(), "not a valid inbox URL");
        }
        if (!mayConnect.test(target)) {
            return new Attempt(
                    Optional.of(403), Optional.empty(), "destination refused (SSRF guard or a domain block)");
        }
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(TIMEOUT)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("Accept", "application/activity+json, application/ld+json")
                    .header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            signer.sign("POST", target, body, CONTENT_TYPE, keys.apply(d.actorRef()))
                    .forEach(request::header);
            HttpClient http = clients[Math.floorMod(d.host().hashCode(), CLIENTS)];
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null ? "" : response.body();
            return new Attempt(
                    Optional.of(response.statusCode()),
                    response.headers().firstValue("Retry-After"),
                    text.length() > 200 ? text.substring(0, 200) : text);
        } catch (IOException e) {
            return new Attempt(
                    Optional.empty(), Optional.empty(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.noAnswer(Attempt.INTERRUPTED);
        } catch (RuntimeException e) {
            log.warn("Delivery to {} failed before sending", d.inboxUrl(), e);
            return new Attempt(Optional.empty(), Optional.empty(), e.getClass().getSimpleName());
        }
    }

    /** Stops sending: queued tasks are cancelled (their rows released), running POSTs interrupted. */
    @Override
    public void close() {
        for (Runnable queued : pool.shutdownNow()) {
            if (queued instanceof Future<?> f) {
                f.cancel(false);
            }
        }
        try {
            if (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("Delivery threads still running after 15 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
