package dev.kakehashi.web.view;

import java.util.List;

/**
 * The head of a page: title, canonical link and OpenGraph fields.
 *
 * @param ogType "website", "article" or "profile"
 * @param image an absolute image URL for previews, or null
 * @param publishedTime ISO-8601 instant for {@code article:published_time}, or null
 * @param modifiedTime ISO-8601 instant for {@code article:modified_time}, or null
 * @param feeds extra feeds this page offers besides the site's own (an author's), maybe empty
 */
public record PageMeta(
        String title,
        String description,
        String canonicalUrl,
        String ogType,
        String image,
        String publishedTime,
        String modifiedTime,
        List<FeedLink> feeds) {
    /** A feed a page advertises with {@code <link rel="alternate">}. */
    public record FeedLink(String title, String type, String url) {}

    public PageMeta(String title, String description, String canonicalUrl, String ogType, String image) {
        this(title, description, canonicalUrl, ogType, image, null, null, List.of());
    }
}
