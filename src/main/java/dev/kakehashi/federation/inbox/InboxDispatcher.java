package dev.kakehashi.federation.inbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the inbox on one thread of this node: at once when an activity is stored here ({@link
 * #kick}, which touches no database and never waits), and every {@link #POLL} for rows stored by
 * other nodes or due for a retry. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so every
 * node's dispatcher can run at the same time. Nothing is scheduled per activity: a Quartz trigger
 * per POST took the {@code QRTZ_LOCKS} row lock and serialized every inbox POST.
 */
public final class InboxDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
    public static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final InboxProcessor processor;
    private final Duration poll;
    private final Semaphore wake = new Semaphore(0);
    private final ReentrantLock draining = new ReentrantLock();
    private final Thread thread;
    private volatile boolean closed;

    public InboxDispatcher(InboxProcessor processor, Duration poll) {
        this.processor = processor;
        this.poll = poll;
        this.thread = new Thread(this::loop, "kakehashi-inbox");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** An activity was stored: the dispatcher wakes (several kicks make one run). */
    public void kick() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Drains the inbox on the calling thread, after any drain under way on this node has ended ("run
     * the due jobs" uses it).
     *
     * @return how many rows were handled
     */
    public int drainNow() {
        draining.lock();
        try {
            return processor.drain();
        } finally {
            draining.unlock();
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
                // Rows stay claimed until their lease ends, then any node takes them again.
                log.warn("The inbox could not be drained: {}", e.toString());
            }
        }
    }

    /** Stops after the batch under way (no interrupt: H2 closes its file when a reader is interrupted). */
    @Override
    public void close() {
        closed = true;
        wake.release();
        try {
            thread.join(STOP_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        processor.close();
    }
}
