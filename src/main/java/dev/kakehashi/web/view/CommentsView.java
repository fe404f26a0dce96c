package dev.kakehashi.web.view;

import java.util.List;

/**
 * The comments under a post, flattened in thread order (each reply after its parent) so themes
 * render a plain list with no recursion, however deep the thread.
 *
 * @param count published comments shown
 */
public record CommentsView(long count, List<CommentView> items) {
    /** Deeper replies are shown flat at this indent, naming whom they answer. */
    public static final int MAX_INDENT = 5;

    public static CommentsView empty() {
        return new CommentsView(0, List.of());
    }
}
