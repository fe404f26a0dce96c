package dev.kakehashi.web.view;

/** An image with its alt text and size, for {@code <img>} tags. */
public record MediaView(String url, String alt, int width, int height, String contentType) {}
