package dev.kakehashi.domain;

/**
 * Where a comment stands. Only {@link #PUBLISHED} comments show on the blog; {@link #PENDING} ones
 * wait in the moderation queue; {@link #HIDDEN} ones belong to a blocked actor or domain and come
 * back when the block is lifted.
 */
public enum CommentStatus {
    PUBLISHED,
    PENDING,
    SPAM,
    REJECTED,
    HIDDEN
}
