package dev.kakehashi.domain.event;

import dev.kakehashi.domain.CommentStatus;

/**
 * An author changed a comment's status in the moderation queue (approved, rejected, marked as spam)
 * or deleted it ({@code deleted}). Raised in the transaction that made the change.
 */
public record CommentModerated(
        long commentId, long postId, String actorUri, CommentStatus from, CommentStatus to, boolean deleted)
        implements DomainEvent {}
