package dev.kakehashi.service;

/**
 * What a comment shows as a status beyond its own row: how many liked and boosted it (the blog's
 * authors, and, for an author's answer, people elsewhere; other servers' likes of a comment from
 * elsewhere are not stored), and the viewer's own marks;
 * {@code muted} is the mute of the post's thread, which holds the comment.
 */
public record CommentMark(
        long likes, long boosts, boolean favourited, boolean reblogged, boolean bookmarked, boolean muted) {
    public static final CommentMark NONE = new CommentMark(0, 0, false, false, false, false);
}
