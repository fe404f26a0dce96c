package dev.kakehashi.store;

import dev.kakehashi.domain.ActivityType;
import java.time.Instant;

/**
 * An activity to queue in the outbox, made by name rather than by position: {@link #forPost} (the
 * body rendered at fan-out time from the post as it is then) or {@link #rendered} (the body written
 * now), then {@link #withBody}, {@link #aboutPost}, {@link #to} or {@link #after} where they apply.
 *
 * @param body the activity's JSON, or null when it is rendered at fan-out time from its post
 * @param targetInbox the one inbox it goes to (an Accept, a Reject...), or null for whom its
 *     addressing names
 * @param fanOutAfter when it may be fanned out (an edit waits, so rapid edits send the latest once)
 */
public record OutboxEntry(
        String actorRef,
        ActivityType type,
        String objectUri,
        Long postId,
        String body,
        String targetInbox,
        Instant createdAt,
        Instant fanOutAfter) {

    /** An activity about our post {@code postId}, rendered from the post when it is fanned out; due now. */
    public static OutboxEntry forPost(String actorRef, ActivityType type, String objectUri, long postId, Instant now) {
        return new OutboxEntry(actorRef, type, objectUri, postId, null, null, now, now);
    }

    /** An activity whose JSON is written now, about no post of ours; due now. */
    public static OutboxEntry rendered(String actorRef, ActivityType type, String objectUri, String body, Instant now) {
        return new OutboxEntry(actorRef, type, objectUri, null, body, null, now, now);
    }

    /** The same, with its JSON written now rather than at fan-out time. */
    public OutboxEntry withBody(String json) {
        return new OutboxEntry(actorRef, type, objectUri, postId, json, targetInbox, createdAt, fanOutAfter);
    }

    /** The same, about our post {@code id} (or none, when null). */
    public OutboxEntry aboutPost(Long id) {
        return new OutboxEntry(actorRef, type, objectUri, id, body, targetInbox, createdAt, fanOutAfter);
    }

    /** The same, sent to {@code inbox} alone (or as addressed, when null). */
    public OutboxEntry to(String inbox) {
        return new OutboxEntry(actorRef, type, objectUri, postId, body, inbox, createdAt, fanOutAfter);
    }

    /** The same, fanned out no sooner than {@code when}. */
    public OutboxEntry after(Instant when) {
        return new OutboxEntry(actorRef, type, objectUri, postId, body, targetInbox, createdAt, when);
    }
}
