package dev.kakehashi.web.view;

/**
 * An author as a theme shows one. {@code avatarUrl} may be null; so is {@code movedTo}, the
 * profile URL of the account the author moved to, unless they did.
 */
public record AuthorView(
        String username,
        String displayName,
        String bioHtml,
        String url,
        String avatarUrl,
        String rssUrl,
        String atomUrl,
        String movedTo) {

    /** An author who has not moved. */
    public AuthorView(
            String username,
            String displayName,
            String bioHtml,
            String url,
            String avatarUrl,
            String rssUrl,
            String atomUrl) {
        this(username, displayName, bioHtml, url, avatarUrl, rssUrl, atomUrl, null);
    }
}
