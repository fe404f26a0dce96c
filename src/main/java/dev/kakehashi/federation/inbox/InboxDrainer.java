package dev.kakehashi.federation.inbox;

import dev.kakehashi.federation.DrainLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the inbox on one thread of this node: at once when an activity is stored here ({@link
 * #kick}, which touches no database and never waits), and every {@link #POLL} for rows stored by
 * other nodes or due for a retry. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so every
 * node's drainer can run at the same time. Nothing is scheduled per activity: a Quartz trigger
 * per POST took the {@code QRTZ_LOCKS} row lock and serialized every inbox POST.
 */
public final class InboxDrainer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxDrainer.class);
    public static final Duration POLL = Duration.ofSeconds(2);

    private final InboxProcessor processor;
    private final DrainLoop loop;

    public InboxDrainer(InboxProcessor processor, Duration poll) {
        this.processor = processor;
        this.loop = new DrainLoop(
                "kakehashi-inbox",
                poll,
                processor::drain,
                e -> log.warn("The inbox could not be drained: {}", e.toString()));
    }

    public void start() {
        loop.start();
    }

    /** An activity was stored: the drainer wakes (several kicks make one run). */
    public void kick() {
        loop.kick();
    }

    /**
     * Drains the inbox on the calling thread, after any drain under way on this node has ended ("run
     * the due jobs" uses it).
     *
     * @return how many rows were handled
     */
    public int drainNow() {
        return loop.drainNow();
    }

    /** Stops after the batch under way (no interrupt: H2 closes its file when a reader is interrupted). */
    @Override
    public void close() {
        loop.stop();
        loop.awaitStop();
        processor.close();
    }
}
