package dev.kakehashi.federation.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What to do after one delivery attempt, following Mastodon's practice (INTEROP.md A11): 2xx is
 * done; 410 is gone; other 4xx but 401, 408 and 429 are permanent; everything else is retried with
 * capped exponential backoff plus jitter, never sooner than Retry-After, for about two days.
 */
public final class RetryPolicy {
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(12);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(48);

    /** The verdict on one attempt. */
    public sealed interface Verdict {}

    public record Delivered() implements Verdict {}

    /** The inbox is gone for good (410): its followers go too. */
    public record Gone() implements Verdict {}

    public record Permanent(String reason) implements Verdict {}

    public record Retry(Instant at, String reason) implements Verdict {}

    private final RandomGenerator random;
    private final Duration firstDelay;

    public RetryPolicy(RandomGenerator random) {
        this(random, FIRST_DELAY);
    }

    /** @param firstDelay the wait before the first retry; the later ones double from it */
    public RetryPolicy(RandomGenerator random, Duration firstDelay) {
        this.random = random;
        this.firstDelay = firstDelay;
    }

    /**
     * @param status the HTTP status, or empty when no answer came (timeout, refused connection)
     * @param retryAfter the server's Retry-After, already parsed
     * @param attempts attempts made before this one
     * @param firstQueued when the row was created: retries stop about two days later
     */
    public Verdict judge(
            Optional<Integer> status,
            Optional<Instant> retryAfter,
            String error,
            int attempts,
            Instant firstQueued,
            Instant now) {
        if (status.isPresent()) {
            int s = status.get();
            if (s >= 200 && s < 300) {
                return new Delivered();
            }
            if (s == 410) {
                return new Gone();
            }
            if (s >= 400 && s < 500 && s != 401 && s != 408 && s != 429) {
                return new Permanent("HTTP " + s + " " + error);
            }
        }
        String reason = status.map(s -> "HTTP " + s + " ").orElse("") + error;
        Instant next = now.plus(backoff(attempts));
        if (retryAfter.isPresent() && retryAfter.get().isAfter(next)) {
            next = retryAfter.get();
        }
        if (next.isAfter(firstQueued.plus(GIVE_UP_AFTER))) {
            return new Permanent("gave up after two days: " + reason);
        }
        return new Retry(next, reason);
    }

    /** 30 s, 1 min, 2 min... capped at 12 h, each ±20% so a recovering host is not hit all at once. */
    Duration backoff(int attempts) {
        long base = firstDelay.toMillis() << Math.min(attempts, 20);
        long capped = Math.min(base, MAX_DELAY.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }
}
