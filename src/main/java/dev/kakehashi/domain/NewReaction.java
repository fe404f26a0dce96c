package dev.kakehashi.domain;

/**
 * A reaction from a remote actor about to be stored. {@code postId} or {@code localActor} says what
 * it is about; {@code activityUri} is the activity (or note) that made it, so a repeat is known.
 */
public record NewReaction(
        ReactionKind kind,
        Long postId,
        String localActor,
        String actorUri,
        String actorHost,
        String activityUri,
        String objectUrl,
        String emoji) {}
