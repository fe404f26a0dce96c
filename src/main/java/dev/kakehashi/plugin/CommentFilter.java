package dev.kakehashi.plugin;

/**
 * Looks at a comment arriving from the fediverse before it is stored, and may flag it for the
 * moderation queue or turn it away. Filters of all enabled plugins run in load order; the strictest
 * verdict wins. A filter that throws or returns null counts as {@link CommentVerdict#hold}, so a
 * broken plugin never loses a comment nor publishes one it could not judge.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface CommentFilter {
    /**
     * Judges one comment; called on the inbox job's thread inside the transaction that stores the
     * comment, so it should be quick and must not block on the network.
     *
     * @param comment the comment, its HTML already sanitized
     * @return the verdict, never null
     * @since 0.2
     */
    CommentVerdict check(CommentCandidate comment);
}
