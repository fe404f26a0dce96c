package dev.kakehashi.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded in time, for something a background job does (a delivery, an inbox row). */
final class Eventually {
    private Eventually() {}

    /** Polls {@code condition} every 200 ms until it holds; fails naming {@code what} after {@code patience}. */
    static void within(Duration patience, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + patience + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
