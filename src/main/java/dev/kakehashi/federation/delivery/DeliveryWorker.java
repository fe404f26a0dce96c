package dev.kakehashi.federation.delivery;

import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.DeliveryRepository.Due;
import dev.kakehashi.store.RemoteHostRepository;
import dev.kakehashi.store.Transactions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due delivery rows: claims a batch, POSTs them in parallel over one shared HTTP client
 * (connections are reused), at most {@link #PER_HOST} at a time per host, signing every attempt
 * afresh, and records each outcome on its row.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final String CONTENT_TYPE = "application/activity+json";
    static final int BATCH = 500;
    static final int THREADS = 48;
    static final int PER_HOST = 4;
    /** How long a claimed row stays hidden from other workers: longer than a batch takes to send. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Transactions tx;
    private final DeliveryRepository deliveries;
    private final RemoteHostRepository hosts;
    private final Audience audience;
    private final RequestSigner signer;
    private final Function<String, SigningKey> keys;
    private final Predicate<URI> mayConnect;
    private final RetryPolicy policy;
    private final Duration lease;
    private final String userAgent;
    private final Clock clock;
    private final HttpClient http;
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
     */
    public DeliveryWorker(
            Transactions tx,
            DeliveryRepository deliveries,
            RemoteHostRepository hosts,
            Audience audience,
            RequestSigner signer,
            Function<String, SigningKey> keys,
            Predicate<URI> mayConnect,
            RetryPolicy policy,
            Duration lease,
            String userAgent,
            Clock clock) {
        this.tx = tx;
        this.deliveries = deliveries;
        this.hosts = hosts;
        this.audience = audience;
        this.signer = signer;
        this.keys = keys;
        this.mayConnect = mayConnect;
        this.policy = policy;
        this.lease = lease;
        this.userAgent = userAgent;
        this.clock = clock;
        // The client keeps its own executor: the pool's threads block in send(), and a client sharing
        // them would have none left to complete the responses they wait for.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends one batch of due rows and waits for all of them; returns how many were attempted. */
    public int runOnce() {
        if (isClosed()) {
            return 0;
        }
        List<Due> due = tx.call(() -> deliveries.claimDue(clock.instant(), BATCH, lease));
        List<Future<?>> running = new ArrayList<>(due.size());
        try {
            for (Due d : due) {
                running.add(pool.submit(() -> deliver(d)));
            }
        } catch (RejectedExecutionException e) {
            // closing: the rows not submitted are released below
        }
        List<Long> unsent = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            if (i >= running.size()) {
                unsent.add(due.get(i).id());
                continue;
            }
            try {
                running.get(i).get();
            } catch (CancellationException e) {
                unsent.add(due.get(i).id());
            } catch (ExecutionException e) {
                log.warn("A delivery task failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        release(unsent);
        return due.size();
    }

    public boolean isClosed() {
        return pool.isShutdown();
    }

    /** Rows claimed but never sent (the app is stopping) are due again at once, not after the lease. */
    private void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            tx.run(() -> deliveries.release(ids));
        } catch (RuntimeException e) {
            log.warn("Could not release {} claimed deliveries; they are due again when the lease ends", ids.size());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deliver(Due d) {
        Semaphore gate = perHost.computeIfAbsent(d.host(), h -> new Semaphore(PER_HOST));
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            release(List.of(d.id()));
            Thread.currentThread().interrupt();
            return;
        }
        Attempt attempt;
        try {
            attempt = send(d);
        } finally {
            gate.release();
        }
        if (attempt.interrupted()) {
            release(List.of(d.id()));
            return;
        }
        record(d, attempt);
    }

    /** What one POST gave: a status, or no answer at all. */
    private record Attempt(Optional<Integer> status, Optional<String> retryAfter, String error) {
        boolean interrupted() {
            return status.isEmpty() && INTERRUPTED.equals(error);
        }
    }

    private static final String INTERRUPTED = "interrupted";

    private Attempt send(Due d) {
        URI target;
        try {
            target = URI.create(d.inboxUrl());
        } catch (IllegalArgumentException e) {
            return new Attempt(Optional.of(400), Optional.empty(), "not a valid inbox URL");
        }
        if (!mayConnect.test(target)) {
            return new Attempt(Optional.of(403), Optional.empty(), "destination refused by the SSRF guard");
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
            return new Attempt(Optional.empty(), Optional.empty(), INTERRUPTED);
        } catch (RuntimeException e) {
            log.warn("Delivery to {} failed before sending", d.inboxUrl(), e);
            return new Attempt(Optional.empty(), Optional.empty(), e.getClass().getSimpleName());
        }
    }

    private void record(Due d, Attempt a) {
        var now = clock.instant();
        RetryPolicy.Verdict verdict = policy.judge(
                a.status(),
                a.retryAfter().flatMap(h -> RetryAfter.parse(h, now)),
                a.error(),
                d.attempts(),
                d.createdAt(),
                now);
        tx.run(() -> {
            if (verdict instanceof RetryPolicy.Delivered) {
                deliveries.markDelivered(d.id(), a.status().orElse(200), now);
                hosts.recordSuccess(d.host(), now);
            } else if (verdict instanceof RetryPolicy.Gone) {
                deliveries.markFailed(d.id(), 410, "HTTP 410 Gone: its followers were removed", now);
                audience.inboxGone(d.inboxUrl());
            } else if (verdict instanceof RetryPolicy.Permanent p) {
                deliveries.markFailed(d.id(), a.status().orElse(null), p.reason(), now);
                log.warn("Delivery to {} failed for good: {}", d.inboxUrl(), p.reason());
            } else if (verdict instanceof RetryPolicy.Retry r) {
                deliveries.markRetry(d.id(), a.status().orElse(null), r.reason(), r.at(), now);
                int failures = hosts.recordFailure(d.host(), r.reason(), now);
                HostPause.after(failures).ifPresent(p -> hosts.pauseUntil(d.host(), now.plus(p)));
            }
        });
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
