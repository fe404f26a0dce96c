package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A stored post, with who wrote it as far as the remote actor cache knows. {@code id} is the row's
 * Snowflake (minted on receipt), the post's id in the Mastodon API. {@code visibility} is PUBLIC
 * unless it was sent to some of our authors only (DIRECT), or is a followers-only post of someone
 * none of us follows that reached us by mentioning some of them (PRIVATE). {@code quoteUri} is the
 * id of the post it quotes, or null.
 */
public record RemotePost(
        long id,
        RemotePostContent content,
        Instant deletedAt,
        Instant receivedAt,
        String authorName,
        String authorHandle,
        Visibility visibility,
        String quoteUri) {
    public RemotePost {
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    /** A post that quotes nothing. */
    public RemotePost(
            long id,
            RemotePostContent content,
            Instant deletedAt,
            Instant receivedAt,
            String authorName,
            String authorHandle,
            Visibility visibility) {
        this(id, content, deletedAt, receivedAt, authorName, authorHandle, visibility, null);
    }

    public boolean isDirect() {
        return visibility == Visibility.DIRECT;
    }

    /** Readable by the authors it was addressed to alone: DIRECT or PRIVATE. */
    public boolean isForSomeOnly() {
        return visibility == Visibility.DIRECT || visibility == Visibility.PRIVATE;
    }
}
