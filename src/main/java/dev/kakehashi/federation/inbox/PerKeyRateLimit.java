package dev.kakehashi.federation.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most one action per key per period; the memory is pruned so forged key ids cannot grow it. */
final class PerKeyRateLimit {
    private static final int MAX_TRACKED = 10_000;

    private final Duration period;
    private final Clock clock;
    private final Map<String, Instant> last = new ConcurrentHashMap<>();

    PerKeyRateLimit(Duration period, Clock clock) {
        this.period = period;
        this.clock = clock;
    }

    /** True (and counted) when {@code key} has not been allowed within the period. */
    boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(period);
        if (last.size() > MAX_TRACKED) {
            last.values().removeIf(t -> !t.isAfter(since));
        }
        boolean[] allowed = {false};
        last.compute(key, (k, previous) -> {
            if (previous != null && previous.isAfter(since)) {
                return previous;
            }
            allowed[0] = true;
            return now;
        });
        return allowed[0];
    }
}
