package dev.kakehashi.web.view;

import java.time.Instant;
import java.util.List;

/**
 * A published post as a theme shows it.
 *
 * @param title null for a short post
 * @param url the page people read it on (the pretty URL for articles)
 * @param permalink the permanent id URL ({@code /posts/<id>}): feed guids and ActivityPub ids
 * @param summary plain text: the excerpt, or the start of the body; for a post with a content
 *     warning, "CW: " and the warning, so no title, description or link preview gives the text away
 * @param edited null unless it was changed after publishing
 * @param commentsClosed the author closed comments: the page says so
 * @param absoluteHtml the body with absolute links and images, for feeds
 * @param contentWarning what readers see before the text and images (shown folded), or null for none
 */
public record PostView(
        String id,
        boolean article,
        String title,
        String url,
        String permalink,
        String html,
        String summary,
        Instant published,
        Instant edited,
        AuthorView author,
        List<TagView> tags,
        MediaView cover,
        List<MediaView> attachments,
        boolean commentsClosed,
        String absoluteHtml,
        String contentWarning) {
    /** What a page, a feed or a link shows as the post's name: the title, or the start of the text. */
    public String displayTitle() {
        if (title != null) {
            return title;
        }
        if (summary.isBlank()) {
            // A short post of only images has no text to name it by.
            return "Post by " + author.displayName();
        }
        return summary.length() <= 80 ? summary : summary.substring(0, 79) + "…";
    }

    /**
     * The image a link preview shows: the cover, else the first attachment (none behind a content
     * warning), else none.
     */
    public MediaView previewImage() {
        if (cover != null) {
            return cover;
        }
        return attachments.isEmpty() || contentWarning != null ? null : attachments.get(0);
    }
}
