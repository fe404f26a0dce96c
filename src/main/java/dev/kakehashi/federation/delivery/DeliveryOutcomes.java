package dev.kakehashi.federation.delivery;

import dev.kakehashi.service.queue.DeliveryQueue;
import dev.kakehashi.store.DeliveryRepository.Due;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final DeliveryQueue queue;
    private final Audience audience;
    private final RetryPolicy policy;
    private final Clock clock;

    DeliveryOutcomes(DeliveryQueue queue, Audience audience, RetryPolicy policy, Clock clock) {
        this.queue = queue;
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
        List<DeliveryQueue.Result> results = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            results.add(judged(o.due(), o.attempt(), now));
        }
        try {
            queue.record(results, now, audience::inboxGone, HostPause::after);
        } catch (RuntimeException e) {
            log.warn("Could not record {} delivery outcomes; they are retried when the lease ends", outcomes.size(), e);
        }
    }

    private DeliveryQueue.Result judged(Due d, Attempt a, Instant now) {
        RetryPolicy.Verdict verdict = policy.judge(
                a.status(),
                a.retryAfter().flatMap(h -> RetryAfter.parse(h, now)),
                a.error(),
                d.attempts(),
                d.createdAt(),
                now);
        if (verdict instanceof RetryPolicy.Delivered) {
            return new DeliveryQueue.Delivered(d, a.status().orElse(200));
        } else if (verdict instanceof RetryPolicy.Gone) {
            return new DeliveryQueue.Gone(d);
        } else if (verdict instanceof RetryPolicy.Permanent p) {
            log.warn("Delivery to {} failed for good: {}", d.inboxUrl(), p.reason());
            return new DeliveryQueue.Failed(d, a.status().orElse(null), p.reason());
        }
        RetryPolicy.Retry r = (RetryPolicy.Retry) verdict;
        return new DeliveryQueue.Retry(d, a.status().orElse(null), r.reason(), r.at());
    }

    /** Rows claimed but never sent (the app is stopping) are due again at once, not after the lease. */
    void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            queue.release(ids);
        } catch (RuntimeException e) {
            log.warn("Could not release {} claimed deliveries; they are due again when the lease ends", ids.size());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
