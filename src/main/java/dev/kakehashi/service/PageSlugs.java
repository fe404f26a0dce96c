package dev.kakehashi.service;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page lives at {@code /<slug>}, beside the app's own routes: a slug is lowercase letters, digits
 * and single dashes (so never a file name, a handle or a path), and never the first segment of a
 * route, servlet or static folder of the app, nor a WordPress address the importer redirects.
 * PagesIT checks this list against every route Jersey knows.
 */
public final class PageSlugs {
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static final Set<String> RESERVED = Set.of(
            // routes of the public blog, the admin, the APIs and the federation
            "actor",
            "actors",
            "admin",
            "api",
            "archive",
            "archives",
            "articles",
            "atom",
            "author",
            "authorize-interaction",
            "authorize_interaction",
            "category",
            "comments",
            "feed",
            "follow",
            "forgot-password",
            "reset-password",
            "health",
            "home",
            "inbox",
            "login",
            "logout",
            "nodeinfo",
            "oauth",
            "posts",
            "search",
            "setup",
            "sitemap",
            "tag",
            "tags",
            "users",
            // servlets and static folders
            "assets",
            "media",
            "metrics",
            "theme",
            "well-known",
            // WordPress addresses the importer answers
            "wp-admin",
            "wp-content",
            "wp-includes",
            "wp-json",
            "wp-login",
            "xmlrpc",
            // kept for what a blog may grow
            "page",
            "pages",
            "static",
            "public",
            "feeds",
            "rss");

    private PageSlugs() {}

    public static boolean reserved(String slug) {
        return RESERVED.contains(slug);
    }
}
