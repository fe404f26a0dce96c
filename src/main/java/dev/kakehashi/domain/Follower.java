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
        Instant createdAt) {}
