package dev.kakehashi.service;

/**
 * What a comment shows as a status beyond its own row: how many of the blog's authors liked and
 * boosted it (nothing is stored of other servers' likes of a comment), and the viewer's own marks;
 * {@code muted} is the mute of the post's thread, which holds the comment.
 */
public record CommentMark(
        long likes, long boosts, boolean favourited, boolean reblogged, boolean bookmarked, boolean muted) {
    public static final CommentMark NONE = new CommentMark(0, 0, false, false, false, false);
}
