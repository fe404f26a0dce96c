package dev.kakehashi.domain;

/**
 * The link preview of a {@link Status} that stands for a longer page (an article): what a
 * reader's app shows as a card, and what the page's own meta tags describe.
 *
 * @param imageUrl the cover image, or null (then {@code width} and {@code height} are 0)
 * @param providerName the site's host name
 * @param providerUrl the site's home page
 */
public record StatusPreview(
        String url,
        String title,
        String description,
        String imageUrl,
        int width,
        int height,
        String providerName,
        String providerUrl) {}
