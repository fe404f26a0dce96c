package dev.kakehashi.federation.vocab;

/**
 * An image: an actor's icon or header, an Article's lead image, or a post attachment. Mastodon
 * reads alt text from {@code summary}, then {@code name}, so both carry it.
 */
public record MediaObject(
        String type, String mediaType, String url, String name, String summary, Integer width, Integer height) {}
