package dev.kakehashi.domain;

import java.time.Instant;

/** One follower row. */
public record Follower(
        long id,
        String localActor,
        String remoteActorUri,
        String remoteInbox,
        String remoteSharedInbox,
        FollowState state,
        String followActivityId,
        Instant createdAt) {
    /** Whether the follow waits for approval. */
    public boolean pending() {
        return state == FollowState.PENDING;
    }
}
