package dev.kakehashi.domain;

import java.time.Instant;

/** A stored post, with who wrote it as far as the remote actor cache knows. */
public record RemotePost(
        RemotePostContent content, Instant deletedAt, Instant receivedAt, String authorName, String authorHandle) {}
