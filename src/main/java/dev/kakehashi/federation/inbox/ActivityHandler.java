package dev.kakehashi.federation.inbox;

/**
 * Handles one kind of inbound activity, read into its {@link Inbound} record. Each handler checks
 * what its activity needs (the object's owner is the actor, the target is ours...), converts,
 * persists through services, and queues side effects. Throwing {@link RejectedActivity} marks the
 * row rejected with a reason; other exceptions are retried a few times, then the row is marked
 * failed.
 */
@FunctionalInterface
public interface ActivityHandler<A extends Inbound> {
    void handle(A activity);
}
