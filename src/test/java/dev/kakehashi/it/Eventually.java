package dev.kakehashi.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The one bounded wait of the integration tests, for something that SHOULD happen (a delivery, an
 * inbox row). To check that something did NOT happen, call {@link KakehashiServer#runDueJobs()}
 * first and then assert: never sleep.
 */
public final class Eventually {
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {}

    /** Polls {@code condition} until it holds; fails after {@link #PATIENCE}. */
    public static void await(BooleanSupplier condition) {
        within(PATIENCE, "condition", condition);
    }

    /** Polls {@code condition} every 100 ms until it holds; fails naming {@code what} after {@code patience}. */
    public static void within(Duration patience, String what, BooleanSupplier condition) {
        if (!holdsWithin(patience, condition)) {
            throw new AssertionError("Not within " + patience + ": " + what);
        }
    }

    /** Polls {@code condition} every 100 ms for at most {@code patience}; whether it came to hold. */
    public static boolean holdsWithin(Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return true;
    }
}
