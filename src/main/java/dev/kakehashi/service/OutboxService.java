package dev.kakehashi.service;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.store.OutboxEntry;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way an activity written outside the delivery package enters the outbox: queued in the
 * caller's transaction (so it commits with the change it announces, or not at all), and delivery is
 * woken once that transaction has committed.
 */
public final class OutboxService {
    /**
     * An activity to send: from our actor {@code actorKey} ("blog", "account:12"), about {@code
     * objectUri} (and our post {@code postId}, or null), its JSON {@code body}; to {@code targetInbox}
     * alone, or, when null, to whom its addressing names.
     */
    public record Outbound(
            String actorKey, ActivityType type, String objectUri, Long postId, String body, String targetInbox) {}

    private final Transactions tx;
    private final OutboxRepository outbox;
    private final Runnable deliveryKick;
    private final Clock clock;

    public OutboxService(Transactions tx, OutboxRepository outbox, Runnable deliveryKick, Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    /** Queues {@code activity}, due now, in the current transaction (or one of its own). */
    public void queue(Outbound activity) {
        tx.run(() -> {
            Instant now = clock.instant();
            outbox.add(OutboxEntry.rendered(
                            activity.actorKey(), activity.type(), activity.objectUri(), activity.body(), now)
                    .aboutPost(activity.postId())
                    .to(activity.targetInbox()));
            tx.afterCommit(deliveryKick);
        });
    }
}
