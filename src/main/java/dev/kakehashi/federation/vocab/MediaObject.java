package dev.kakehashi.federation.vocab;

import java.util.List;

/**
 * An image: an actor's icon or header, an Article's lead image, or a post attachment. Mastodon
 * reads alt text from {@code summary}, then {@code name}, so both carry it. {@code focalPoint} is
 * Mastodon's {@code [x, y]} (each from -1 to 1), left out when the image has none.
 */
public record MediaObject(
        String type,
        String mediaType,
        String url,
        String name,
        String summary,
        Integer width,
        Integer height,
        List<Double> focalPoint) {
    public MediaObject(
            String type, String mediaType, String url, String name, String summary, Integer width, Integer height) {
        this(type, mediaType, url, name, summary, width, height, null);
    }
}
