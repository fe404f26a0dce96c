package dev.kakehashi.web.view;

import java.time.Instant;
import java.util.List;

/**
 * One comment as a theme shows it, in thread order. A placeholder stands for a deleted or
 * unavailable comment that still has replies: it has only {@code anchor}, {@code indent} and
 * {@code placeholderText}.
 *
 * @param anchor the element id ({@code comment-<id>})
 * @param indent how far to indent, capped at {@link CommentsView#MAX_INDENT}
 * @param inReplyToName set when the comment is deeper than the cap and shown flat: whom it answers
 * @param authorHandle {@code @user@host}, or null
 * @param authorUrl the author's profile page, or null (anonymized)
 * @param url the original on the author's server, or null
 * @param contentWarning the text to show instead of the content until opened, or null
 * @param sensitive the attachments stay hidden until opened
 * @param edited null unless it was edited
 */
public record CommentView(
        String anchor,
        int indent,
        boolean placeholder,
        String placeholderText,
        String inReplyToName,
        String authorName,
        String authorHandle,
        String authorUrl,
        String avatarUrl,
        String url,
        String html,
        String contentWarning,
        boolean sensitive,
        List<CommentAttachmentView> attachments,
        Instant published,
        Instant edited) {
    /** A media attachment: an image is shown, anything else is a link. */
    public record CommentAttachmentView(String url, String alt, boolean image, String mediaType) {}
}
