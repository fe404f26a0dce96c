package dev.kakehashi.service.admission;

import dev.kakehashi.service.error.OverloadedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Admission control for one kind of expensive work (password hashing, image decoding, rendering a
 * huge text): at most {@code slots} run at once; a caller waits at most {@code maxWait} for a slot
 * and is otherwise turned away with 503 and a {@code Retry-After}, never queued without bound. See
 * {@code docs/limits.md} for the limits in use.
 */
public final class AdmissionGate {
    private final String what;
    private final Semaphore slots;
    private final int size;
    private final Duration maxWait;

    /**
     * @param what what the work is, as the busy message names it ("checking passwords")
     * @param slots how many may run at once
     * @param maxWait how long a caller may wait for a slot
     */
    public AdmissionGate(String what, int slots, Duration maxWait) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1");
        }
        this.what = what;
        this.slots = new Semaphore(slots, true);
        this.size = slots;
        this.maxWait = maxWait;
    }

    /** {@code processors} bounded to [1, max]: CPU-bound work gains nothing from more. */
    public static int slotsFromCores(int max) {
        return Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs {@code work} in a slot.
     *
     * @throws OverloadedException when no slot freed up within the wait
     */
    public <T> T call(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("The server is shutting down; try again in a moment.", 5);
        }
        if (!admitted) {
            throw new OverloadedException("The server is busy " + what + ". Try again in a few seconds.", 2);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** How many slots the gate has (for the docs and tests). */
    public int size() {
        return size;
    }
}
