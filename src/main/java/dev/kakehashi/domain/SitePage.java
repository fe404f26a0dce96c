package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A page of the blog (About, Contact): a standing text at its own top-level address, listed in the
 * theme's menu in {@code menuOrder}, never in a feed, a timeline or the outbox.
 *
 * @param bodyMarkdown what the author wrote (imported pages: their sanitized HTML, which Markdown keeps)
 * @param bodyHtml the sanitized HTML shown
 * @param parentId the page this one sits under in the menu, or null
 */
public record SitePage(
        long id,
        long authorId,
        String title,
        String slug,
        String bodyMarkdown,
        String bodyHtml,
        Long parentId,
        int menuOrder,
        Instant createdAt,
        Instant updatedAt) {
    public static final int TITLE_MAX_CHARS = 300;
    public static final int SLUG_MAX_CHARS = 100;
    /** The same room as an article's body. */
    public static final int BODY_MAX_CHARS = PostLimits.BODY_MAX_CHARS;
}
