package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One {@code post_comment} row as an author's answer reads it: the comment answered, or the answer
 * itself ({@code accountId} set).
 */
public record CommentRow(
        long id,
        long postId,
        Long parentId,
        int depth,
        String uri,
        String url,
        String actorUri,
        String actorHost,
        Long accountId,
        String contentHtml,
        CommentStatus status,
        Instant published,
        Instant deletedAt) {
    public boolean isLocal() {
        return accountId != null;
    }
}
