package dev.kakehashi.federation.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Mastodon's freshness rule ({@code matches_time_window?}, INTEROP A3.9): a signature created more
 * than an hour ahead is refused; it expires at {@code expires} or five minutes after creation, never
 * later than twelve hours after it, and is refused an hour past that.
 */
final class TimeWindow {
    static final Duration CLOCK_SKEW = Duration.ofHours(1);
    static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(5);
    static final Duration MAX_EXPIRY = Duration.ofHours(12);

    private TimeWindow() {}

    /** @param expires null when the signature names none */
    static void check(Instant created, Instant expires, Clock clock) {
        Instant now = clock.instant();
        Instant limit = created.plus(MAX_EXPIRY);
        Instant expiry = expires == null ? created.plus(DEFAULT_EXPIRY) : expires;
        if (expiry.isAfter(limit)) {
            expiry = limit;
        }
        if (created.isAfter(now.plus(CLOCK_SKEW)) || now.isAfter(expiry.plus(CLOCK_SKEW))) {
            throw new SignatureException("date out of window");
        }
    }
}
