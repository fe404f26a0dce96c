package dev.kakehashi.federation.inbox;

import dev.kakehashi.store.InboxRepository.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Handles a claimed batch on a few threads at once: each actor's rows stay on one lane, in the order
 * they were stored, so one actor's Follow and its Undo are never swapped. Handling waits mostly on
 * the database, so a few lanes keep it busy where one thread waited for each round trip in turn.
 */
final class InboxLanes implements AutoCloseable {
    private final int lanes;
    private final ExecutorService pool;

    InboxLanes(int lanes) {
        this.lanes = Math.max(1, lanes);
        AtomicInteger n = new AtomicInteger();
        this.pool = this.lanes == 1
                ? null
                : Executors.newFixedThreadPool(this.lanes, r -> {
                    Thread t = new Thread(r, "kakehashi-inbox-lane-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code handle} on every row and returns when all are done; rethrows the first failure. */
    void run(List<Received> batch, Consumer<Received> handle) {
        runLanes(batch, lane -> lane.forEach(handle));
    }

    /**
     * Runs {@code handle} once per lane with that lane's rows, in their stored order, and returns when
     * all are done; rethrows the first failure.
     */
    void runLanes(List<Received> batch, Consumer<List<Received>> handle) {
        if (pool == null || batch.size() == 1) {
            handle.accept(batch);
            return;
        }
        List<List<Received>> byLane = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (Received row : batch) {
            byLane.get(Math.floorMod(String.valueOf(row.actorUri()).hashCode(), lanes))
                    .add(row);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<Received> lane : byLane) {
            if (!lane.isEmpty()) {
                running.add(pool.submit(() -> handle.accept(lane)));
            }
        }
        RuntimeException failure = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                RuntimeException cause =
                        e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the inbox lanes ran", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Lets the batch under way end (no interrupt: H2 closes its file when a reader is interrupted). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
