package dev.kakehashi.domain;

/** Where a post is in its life. */
public enum PostStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    /** Gone: the row stays as a tombstone so its URLs answer 410 and federation can send Delete. */
    DELETED
}
