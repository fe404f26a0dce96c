package dev.kakehashi.web.view;

/** A tag and the page that lists its posts. */
public record TagView(String name, String url) {}
