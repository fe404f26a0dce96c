package dev.kakehashi.service.queue;

import dev.kakehashi.domain.InboxState;
import dev.kakehashi.store.InboxRepository;
import dev.kakehashi.store.InboxRepository.Received;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inbox queue's units of work. Claiming is a transaction of its own; a row, or a group of rows,
 * is handled in one transaction together with its PROCESSED mark, so what a handler wrote and the
 * row's outcome are kept together or not at all. The handling itself (which handler, what it does)
 * is the caller's.
 */
public final class InboxQueue {
    private final Transactions tx;
    private final InboxRepository rows;
    private final Clock clock;

    public InboxQueue(Transactions tx, InboxRepository rows, Clock clock) {
        this.tx = tx;
        this.rows = rows;
        this.clock = clock;
    }

    /** Claims up to {@code limit} waiting rows no other node holds, hidden from the others for {@code lease}. */
    public List<Received> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return tx.call(() -> rows.claim(limit, now, now.plus(lease)));
    }

    /**
     * Hands every row of {@code group} to {@code handle} in one transaction and marks them all
     * PROCESSED with one statement. Anything {@code handle} throws rolls the whole group back and is
     * thrown on.
     */
    public void handleTogether(List<Received> group, Consumer<Received> handle) {
        tx.run(() -> {
            for (Received row : group) {
                handle.accept(row);
                // Written, then forgotten: the next row's queries need not check this one's entities.
                tx.session().flush();
                tx.session().clear();
            }
            rows.finishProcessed(group.stream().map(Received::id).toList(), clock.instant());
        });
    }

    /** Runs {@code handle} and marks the row PROCESSED in the same transaction; a failure keeps neither. */
    public void handle(Received row, Runnable handle) {
        tx.run(() -> {
            handle.run();
            rows.finish(row.id(), InboxState.PROCESSED, null, clock.instant(), null);
        });
    }

    /** Records how a row ended without being handled: ignored, rejected, failed, or due again after {@code retryAfter}. */
    public void finish(Received row, InboxState state, String error, Duration retryAfter) {
        Instant now = clock.instant();
        tx.run(() -> rows.finish(row.id(), state, error, now, now.plus(retryAfter)));
    }
}
