package dev.kakehashi.federation.delivery;

import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.DeliveryRepository.Due;
import dev.kakehashi.store.RemoteHostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what delivery attempts gave onto their rows, several in one transaction: a fan-out to a
 * thousand servers is then a few dozen commits, not a thousand.
 */
final class DeliveryOutcomes {
    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    /** What one POST gave: a status, or no answer at all. */
    record Attempt(Optional<Integer> status, Optional<String> retryAfter, String error) {
        static final String INTERRUPTED = "interrupted";
        /** Not sent: the row's lease ran out while it waited, and another node may be sending it. */
        static final String LEASE_ENDED = "lease ended";

        static Attempt noAnswer(String error) {
            return new Attempt(Optional.empty(), Optional.empty(), error);
        }

        boolean interrupted() {
            return status.isEmpty() && INTERRUPTED.equals(error);
        }

        boolean leaseEnded() {
            return status.isEmpty() && LEASE_ENDED.equals(error);
        }
    }

    record Outcome(Due due, Attempt attempt) {}

    private final Transactions tx;
    private final DeliveryRepository deliveries;
    private final RemoteHostRepository hosts;
    private final Audience audience;
    private final RetryPolicy policy;
    private final Clock clock;

    DeliveryOutcomes(
            Transactions tx,
            DeliveryRepository deliveries,
            RemoteHostRepository hosts,
            Audience audience,
            RetryPolicy policy,
            Clock clock) {
        this.tx = tx;
        this.deliveries = deliveries;
        this.hosts = hosts;
        this.audience = audience;
        this.policy = policy;
        this.clock = clock;
    }

    /** Records outcomes in one transaction; if it fails, the rows come back when their lease ends. */
    void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try {
            tx.run(() -> {
                // Successes, nearly all of a fan-out, go in one statement per status, and one for hosts.
                Map<Integer, List<Long>> delivered = new TreeMap<>();
                Set<String> healed = new HashSet<>();
                for (Outcome o : outcomes) {
                    apply(o.due(), o.attempt(), now, delivered, healed);
                }
                delivered.forEach((status, ids) -> deliveries.markDelivered(ids, status, now));
                hosts.recordSuccess(healed, now);
            });
        } catch (RuntimeException e) {
            log.warn("Could not record {} delivery outcomes; they are retried when the lease ends", outcomes.size(), e);
        }
    }

    private void apply(Due d, Attempt a, Instant now, Map<Integer, List<Long>> delivered, Set<String> healed) {
        RetryPolicy.Verdict verdict = policy.judge(
                a.status(),
                a.retryAfter().flatMap(h -> RetryAfter.parse(h, now)),
                a.error(),
                d.attempts(),
                d.createdAt(),
                now);
        if (verdict instanceof RetryPolicy.Delivered) {
            delivered
                    .computeIfAbsent(a.status().orElse(200), k -> new ArrayList<>())
                    .add(d.id());
            healed.add(d.host());
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
    }

    /** Rows claimed but never sent (the app is stopping) are due again at once, not after the lease. */
    void release(List<Long> ids) {
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
}
