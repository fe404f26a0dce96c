package dev.kakehashi.domain;

import java.util.List;
import java.util.Set;

/**
 * What an author wrote, already checked: the fields {@link Post#write} records.
 *
 * @param contentWarning shown before a short post's text, or null for none
 */
public record PostContent(
        String title,
        String slug,
        String bodyMarkdown,
        String excerpt,
        Media cover,
        Set<String> tags,
        List<Media> attachments,
        String contentWarning) {

    /** Content with no content warning. */
    public PostContent(
            String title,
            String slug,
            String bodyMarkdown,
            String excerpt,
            Media cover,
            Set<String> tags,
            List<Media> attachments) {
        this(title, slug, bodyMarkdown, excerpt, cover, tags, attachments, null);
    }
}
