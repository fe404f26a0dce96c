package dev.kakehashi.domain;

/** What a {@link Status} was made from. */
public enum StatusKind {
    SHORT_POST,
    ARTICLE,
    /** A comment on one of the blog's posts (a reply from the fediverse, or an author's answer). */
    COMMENT,
    /** A post received from elsewhere. */
    REMOTE_POST
}
