package dev.kakehashi.federation.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * When a host has failed many times in a row, its deliveries wait instead of each timing out on its
 * own. The pause grows with the failures and ends at the first success.
 */
final class HostPause {
    static final int THRESHOLD = 10;
    static final Duration MAX = Duration.ofHours(6);

    private HostPause() {}

    /** How long to pause after {@code failuresInARow}; empty below the threshold. */
    static Optional<Duration> after(int failuresInARow) {
        if (failuresInARow < THRESHOLD) {
            return Optional.empty();
        }
        long minutes = 1L << Math.min(failuresInARow - THRESHOLD, 10);
        return Optional.of(Duration.ofMinutes(Math.min(minutes, MAX.toMinutes())));
    }
}
