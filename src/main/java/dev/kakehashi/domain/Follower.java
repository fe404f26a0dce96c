package dev.kakehashi.domain;

import java.time.Instant;

/** One follower row. */
public record Follower(
        long id,
        String localActor,
        String remoteActorUri,
        String remoteInbox,
        String remoteSharedInbox,
        String state,
        String followActivityId,
        Instant createdAt) {
    /** The state of a follow that waits for the actor's approval. */
    public static final String PENDING = "PENDING";

    /** The state of an accepted follow: the follower gets our posts. */
    public static final String ACCEPTED = "ACCEPTED";

    /** Whether the follow waits for approval. */
    public boolean pending() {
        return PENDING.equals(state);
    }
}
