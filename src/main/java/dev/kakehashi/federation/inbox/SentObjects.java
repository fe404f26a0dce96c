package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;
import java.util.Optional;

/**
 * What an id of ours names among the activities we sent, for an answer whose object is that id
 * alone: an {@code Accept} of our QuoteRequest by its id is routed as one, not as the answer to a
 * Follow.
 */
@FunctionalInterface
public interface SentObjects {
    SentObjects NONE = id -> Optional.empty();

    /** The type of the activity of ours whose id is {@code id}, or empty when we sent none. */
    Optional<ActivityType> typeOf(String id);
}
