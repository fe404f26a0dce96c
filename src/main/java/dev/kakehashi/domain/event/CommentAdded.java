package dev.kakehashi.domain.event;

import dev.kakehashi.domain.CommentStatus;

/**
 * A comment was stored under a local post: a reply from the fediverse, or an author's answer
 * ({@code fromLocalAuthor}). Raised in the storing transaction.
 */
public record CommentAdded(long commentId, long postId, String actorUri, CommentStatus status, boolean fromLocalAuthor)
        implements DomainEvent {}
