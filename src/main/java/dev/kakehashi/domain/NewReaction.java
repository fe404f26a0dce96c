package dev.kakehashi.domain;

/**
 * A reaction from a remote actor about to be stored. {@code postId}, {@code commentId} (an author's
 * answer to a comment) or {@code localActor} says what it is about; {@code activityUri} is the
 * activity (or note) that made it, so a repeat is known.
 */
public record NewReaction(
        ReactionKind kind,
        Long postId,
        String localActor,
        String actorUri,
        String actorHost,
        String activityUri,
        String objectUrl,
        String emoji,
        Long commentId) {
    /** A reaction about a post or a local actor. */
    public NewReaction(
            ReactionKind kind,
            Long postId,
            String localActor,
            String actorUri,
            String actorHost,
            String activityUri,
            String objectUrl,
            String emoji) {
        this(kind, postId, localActor, actorUri, actorHost, activityUri, objectUrl, emoji, null);
    }

    /** The same reaction about the answer {@code answerId} instead. */
    public NewReaction onAnswer(long answerId) {
        return new NewReaction(kind, null, null, actorUri, actorHost, activityUri, objectUrl, emoji, answerId);
    }
}
