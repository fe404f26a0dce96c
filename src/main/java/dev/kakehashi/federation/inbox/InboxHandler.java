package dev.kakehashi.federation.inbox;

/**
 * Handles one activity type. Each handler checks what its type needs (the object's owner is the
 * actor, the target is ours...), converts, persists through services, and queues side effects.
 * Throwing {@link RejectedActivity} marks the row rejected with a reason; other exceptions are
 * retried a few times, then the row is marked failed.
 */
public interface InboxHandler {
    void handle(ReceivedActivity activity);
}
