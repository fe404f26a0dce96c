package dev.kakehashi.service;

/**
 * The blog's comment setting: which comments from the fediverse wait for an author's approval.
 * The default holds first-time commenters, as WordPress does: a reader who was approved once is
 * trusted after that, and a drive-by spammer never reaches the page unseen.
 */
public enum CommentPolicy {
    /** Every comment is published at once (plugins may still hold or refuse one). */
    PUBLISH,
    /** Comments from someone with no published comment on this blog yet wait for approval. */
    HOLD_FIRST_TIME,
    /** Every comment waits for approval. */
    HOLD_ALL;

    public static final CommentPolicy DEFAULT = HOLD_FIRST_TIME;
}
