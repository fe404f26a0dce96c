package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A comment about to be stored, placed in its thread: under {@code parentId} (null for a reply to
 * the post itself) at {@code depth}, by a remote actor or, with {@code accountId}, one of our authors.
 */
public record NewComment(
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
        Instant published) {}
