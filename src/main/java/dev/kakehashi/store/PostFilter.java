package dev.kakehashi.store;

import dev.kakehashi.domain.Visibility;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which published posts a timeline shows: one author's or everyone's (null), one tag's or any
 * (null), only those with images, only those that reply to nothing, and of which visibilities.
 */
public record PostFilter(
        Long authorId, String tag, boolean onlyMedia, boolean excludeReplies, Set<Visibility> visibilities) {
    /** What anyone may see listed: public posts. */
    public static final Set<Visibility> LISTED = EnumSet.of(Visibility.PUBLIC);
    /** What anyone may see on an author's profile: public and unlisted posts. */
    public static final Set<Visibility> ON_PROFILE = EnumSet.of(Visibility.PUBLIC, Visibility.UNLISTED);
    /** What the author sees of their own posts: all of them. */
    public static final Set<Visibility> OWN = EnumSet.allOf(Visibility.class);

    public static final PostFilter ALL = new PostFilter(null, null, false, false, LISTED);

    public PostFilter {
        visibilities = visibilities == null || visibilities.isEmpty() ? LISTED : Set.copyOf(visibilities);
    }

    public static PostFilter tagged(String tag) {
        return new PostFilter(null, tag, false, false, LISTED);
    }

    /** Every post of the author's, whatever its visibility: for the author's own home timeline. */
    public static PostFilter own(long authorId) {
        return new PostFilter(authorId, null, false, false, OWN);
    }
}
