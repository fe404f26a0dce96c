package dev.kakehashi.service.wordpress;

/**
 * One {@code wp:author} of a WordPress export.
 *
 * @param id WordPress's user id ({@code wp:author_id}), 0 when the export has none
 */
public record WxrAuthor(long id, String login, String email, String displayName) {}
