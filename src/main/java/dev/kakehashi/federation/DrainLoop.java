package dev.kakehashi.federation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * One thread of this node that drains a queue of rows: at once when {@link #kick}ed (which touches
 * no database and never waits; several kicks make one run), and every {@code poll} for rows other
 * nodes left or that fell due. One drain at a time on this node, whether the thread's or a caller's
 * ({@link #drainNow}); the rows themselves are claimed across nodes by whoever drains. The inbox
 * and delivery drainers each run one.
 */
public final class DrainLoop {
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final IntSupplier drain;
    private final Consumer<RuntimeException> failed;
    private final Duration poll;
    private final Semaphore wake = new Semaphore(0);
    private final ReentrantLock draining = new ReentrantLock();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param drain drains until nothing is due and answers how much it did
     * @param failed told of a drain of the thread's that threw (the rows stay claimed until their
     *     lease ends, then any node takes them again); the thread goes on
     */
    public DrainLoop(String threadName, Duration poll, IntSupplier drain, Consumer<RuntimeException> failed) {
        this.drain = drain;
        this.failed = failed;
        this.poll = poll;
        this.thread = new Thread(this::loop, threadName);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Rows were queued: the thread wakes. */
    public void kick() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Drains on the calling thread, after any drain under way on this node has ended. */
    public int drainNow() {
        draining.lock();
        try {
            return drain.getAsInt();
        } finally {
            draining.unlock();
        }
    }

    /** True once {@link #stop} was called: a drain should end its batch. */
    public boolean stopped() {
        return closed;
    }

    /** Tells the thread to end after the drain under way; does not wait (see {@link #awaitStop}). */
    public void stop() {
        closed = true;
        wake.release();
    }

    /**
     * Waits for the thread to end, at most 30 s. It is not interrupted: H2 closes its file when a
     * reader is interrupted.
     */
    public void awaitStop() {
        try {
            thread.join(STOP_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!closed) {
            try {
                wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (closed) {
                return;
            }
            try {
                drainNow();
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }
    }
}
