package dev.kakehashi.web.view;

import java.util.List;

/**
 * The blog itself, as every themed page sees it. {@code blogHandle} is null when the blog does
 * not federate as one actor, {@code handleDomain} null when authors do not; {@code movedTo} is the
 * blog actor's new account when it moved out, else null. {@code menu} lists the blog's pages in
 * menu order, parents before the pages under them.
 */
public record SiteView(
        String title,
        String description,
        String language,
        String homeUrl,
        String rssUrl,
        String atomUrl,
        String themeAssetBase,
        String blogHandle,
        String handleDomain,
        String movedTo,
        List<MenuLink> menu) {

    /** An author's fediverse handle, or null when authors do not federate. */
    public String authorHandle(String username) {
        return handleDomain == null || username == null ? null : "@" + username + "@" + handleDomain;
    }
}
