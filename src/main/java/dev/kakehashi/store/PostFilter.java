package dev.kakehashi.store;

/**
 * Which published posts a timeline shows: one author's or everyone's (null), one tag's or any
 * (null), only those with images, only those that reply to nothing.
 */
public record PostFilter(Long authorId, String tag, boolean onlyMedia, boolean excludeReplies) {
    public static final PostFilter ALL = new PostFilter(null, null, false, false);

    public static PostFilter tagged(String tag) {
        return new PostFilter(null, tag, false, false);
    }

    public static PostFilter by(long authorId) {
        return new PostFilter(authorId, null, false, false);
    }
}
