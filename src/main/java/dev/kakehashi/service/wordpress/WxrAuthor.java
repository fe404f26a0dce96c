package dev.kakehashi.service.wordpress;

/** One {@code wp:author} of a WordPress export. */
public record WxrAuthor(String login, String email, String displayName) {}
