package dev.kakehashi.domain;

import java.time.Instant;

/** One followed actor; {@code notifying}: the author asked to be told of each of its new posts. */
public record Following(
        String localActor,
        String remoteActorUri,
        FollowState state,
        String followActivityId,
        Instant createdAt,
        boolean notifying) {}
