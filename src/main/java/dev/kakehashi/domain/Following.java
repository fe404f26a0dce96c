package dev.kakehashi.domain;

import java.time.Instant;

/** One followed actor. */
public record Following(
        String localActor, String remoteActorUri, String state, String followActivityId, Instant createdAt) {}
