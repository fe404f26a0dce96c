package dev.kakehashi.service;

/**
 * The blog's comment setting: which comments from the fediverse wait for an author's approval.
 * The default publishes at once: replies that never show up under the post are the complaint
 * readers have most about blogs on the fediverse, and the bundled spam filter still holds what
 * looks like spam. Blogs that want WordPress's habit choose {@link #HOLD_FIRST_TIME}.
 */
public enum CommentPolicy {
    /** Every comment is published at once (plugins may still hold or refuse one). */
    PUBLISH,
    /** Comments from someone with no published comment on this blog yet wait for approval. */
    HOLD_FIRST_TIME,
    /** Every comment waits for approval. */
    HOLD_ALL;

    public static final CommentPolicy DEFAULT = PUBLISH;
}
