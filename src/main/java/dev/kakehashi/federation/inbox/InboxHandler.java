package dev.kakehashi.federation.inbox;

/**
 * What the inbox table finds for a stored activity: its record's reader and its {@link
 * ActivityHandler}, bound together ({@link InboxHandlers#on}). Throwing {@link RejectedActivity}
 * (a malformed activity, or one the handler refuses) marks the row rejected with a reason; other
 * exceptions are retried a few times, then the row is marked failed.
 */
@FunctionalInterface
public interface InboxHandler {
    void handle(ReceivedActivity activity);
}
