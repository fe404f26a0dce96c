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
    private static final Duration EVERY = Duration.ofMillis(100);

    private Eventually() {}

    /** Polls {@code condition} until it holds; fails after {@link #PATIENCE}. */
    public static void await(BooleanSupplier condition) {
        within(PATIENCE, "condition", condition);
    }

    /** Polls {@code condition} every 100 ms until it holds; fails naming {@code what} after {@code patience}. */
    public static void within(Duration patience, String what, BooleanSupplier condition) {
        within(patience, EVERY, what, condition);
    }

    /**
     * Polls {@code condition} every {@code every} until it holds; fails naming {@code what} after
     * {@code patience}. A shorter step for a test that acts the moment something happens, a longer
     * one for a costly check.
     */
    public static void within(Duration patience, Duration every, String what, BooleanSupplier condition) {
        if (!holdsWithin(patience, every, condition)) {
            throw new AssertionError("Not within " + patience + ": " + what);
        }
    }

    /** Polls {@code condition} every 100 ms for at most {@code patience}; whether it came to hold. */
    public static boolean holdsWithin(Duration patience, BooleanSupplier condition) {
        return holdsWithin(patience, EVERY, condition);
    }

    /**
     * Polls {@code condition} every {@code every} for at most {@code patience}; whether it came to
     * hold. A condition may throw to give up early (a process that died).
     */
    public static boolean holdsWithin(Duration patience, Duration every, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return true;
    }
}
