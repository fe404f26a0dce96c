package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A stored post, with who wrote it as far as the remote actor cache knows. {@code id} is the row's
 * Snowflake (minted on receipt), the post's id in the Mastodon API. {@code visibility} is PUBLIC
 * unless it was sent to some of our authors only (DIRECT).
 */
public record RemotePost(
        long id,
        RemotePostContent content,
        Instant deletedAt,
        Instant receivedAt,
        String authorName,
        String authorHandle,
        Visibility visibility) {
    public RemotePost {
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    public boolean isDirect() {
        return visibility == Visibility.DIRECT;
    }
}
