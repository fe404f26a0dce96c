package dev.kakehashi.web.view;

/** An author as a theme shows one. {@code avatarUrl} may be null. */
public record AuthorView(
        String username,
        String displayName,
        String bioHtml,
        String url,
        String avatarUrl,
        String rssUrl,
        String atomUrl) {}
