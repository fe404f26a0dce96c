package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A stored post, with who wrote it as far as the remote actor cache knows. {@code id} is the row's
 * Snowflake (minted on receipt), the post's id in the Mastodon API.
 */
public record RemotePost(
        long id,
        RemotePostContent content,
        Instant deletedAt,
        Instant receivedAt,
        String authorName,
        String authorHandle) {}
