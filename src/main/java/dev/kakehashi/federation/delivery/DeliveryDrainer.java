package dev.kakehashi.federation.delivery;

import dev.kakehashi.federation.DrainLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans out queued activities and sends due deliveries on one thread of this node: at once when
 * something is queued here ({@link #kick}, which touches no database and never waits) or another
 * node says it fanned something out, and every {@link #POLL} for retries and rows other nodes left.
 * Outbox and delivery rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so every
 * node delivers at once and a dead node's claims are taken over once their lease ends. A Quartz job
 * could not do this: {@code @DisallowConcurrentExecution} holds cluster-wide, one node at a time.
 */
public final class DeliveryDrainer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryDrainer.class);
    public static final Duration POLL = Duration.ofSeconds(2);

    private final FanOut fanOut;
    private final DeliveryWorker worker;
    private final Runnable wakeOtherNodes;
    private final DrainLoop loop;

    /**
     * @param wakeOtherNodes tells the other nodes that delivery rows were added, so that they help
     *     send them at once rather than at their next poll (nothing with one node)
     */
    public DeliveryDrainer(FanOut fanOut, DeliveryWorker worker, Runnable wakeOtherNodes, Duration poll) {
        this.fanOut = fanOut;
        this.worker = worker;
        this.wakeOtherNodes = wakeOtherNodes;
        this.loop = new DrainLoop(
                "kakehashi-delivery",
                poll,
                this::sendUntilNothingDue,
                e -> log.warn("Deliveries could not be sent: {}", e.toString()));
    }

    public void start() {
        loop.start();
    }

    /** Something was queued for delivery (or another node fanned out): wakes the drainer. */
    public void kick() {
        loop.kick();
    }

    /**
     * Fans out and sends on the calling thread until nothing is due, after any drain under way on
     * this node has ended ("run the due jobs" uses it).
     *
     * @return how many delivery rows were attempted
     */
    public int drainNow() {
        return loop.drainNow();
    }

    private int sendUntilNothingDue() {
        int attempted = 0;
        while (!loop.stopped() && !worker.isClosed()) {
            int expanded = fanOut.runOnce();
            if (expanded > 0) {
                wakeOtherNodes.run();
            }
            int sent = worker.runOnce();
            attempted += sent;
            if (expanded == 0 && sent == 0) {
                break;
            }
        }
        return attempted;
    }

    /**
     * Stops: in-flight POSTs are interrupted and their rows given back unsent, then the thread ends
     * (not interrupted itself: H2 closes its file when a reader is interrupted).
     */
    @Override
    public void close() {
        loop.stop();
        worker.close();
        loop.awaitStop();
    }
}
