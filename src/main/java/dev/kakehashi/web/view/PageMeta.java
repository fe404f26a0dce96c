package dev.kakehashi.web.view;

/**
 * The head of a page: title, canonical link and OpenGraph fields.
 *
 * @param ogType "website", "article" or "profile"
 * @param image an absolute image URL for previews, or null
 */
public record PageMeta(String title, String description, String canonicalUrl, String ogType, String image) {}
