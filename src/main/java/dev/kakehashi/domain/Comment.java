package dev.kakehashi.domain;

import java.time.Instant;

/** One stored comment. */
public record Comment(
        long id,
        long postId,
        Long parentId,
        int depth,
        String uri,
        String url,
        String actorUri,
        String actorHost,
        Long accountId,
        CommentContent content,
        CommentStatus status,
        Instant published,
        Instant deletedAt,
        Instant receivedAt) {
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Whether one of our authors wrote it (an answer), rather than someone elsewhere. */
    public boolean isLocal() {
        return accountId != null;
    }
}
