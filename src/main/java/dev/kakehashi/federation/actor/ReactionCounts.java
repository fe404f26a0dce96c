package dev.kakehashi.federation.actor;

/**
 * How many liked and boosted a post, for the {@code likes} and {@code shares} collections of its
 * object (INTEROP A10.6). Called inside the serving transaction.
 */
@FunctionalInterface
public interface ReactionCounts {
    ReactionCounts NONE = postId -> null;

    /** @return the counts, or null to leave the collections out */
    Counts of(long postId);

    record Counts(long likes, long shares) {}
}
