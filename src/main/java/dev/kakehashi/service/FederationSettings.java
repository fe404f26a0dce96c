package dev.kakehashi.service;

/**
 * How the blog appears on the fediverse, set by an admin.
 *
 * @param actorMode which local actors exist: the blog, each author, or both
 * @param blogHandle the blog actor's username ({@code @blog@host}); Mastodon's username format
 * @param articleFormat how articles federate: as {@code Note} (full text in timelines) or {@code Article}
 */
public record FederationSettings(ActorMode actorMode, String blogHandle, ArticleFormat articleFormat) {
    public static final String DEFAULT_BLOG_HANDLE = "blog";

    /** Like the WordPress plugin: the blog alone, each author alone, or both (the default). */
    public enum ActorMode {
        BLOG,
        AUTHORS,
        BOTH;

        public boolean blog() {
            return this != AUTHORS;
        }

        public boolean authors() {
            return this != BLOG;
        }
    }

    /** Mastodon shows only title, teaser and link for an Article, and the full text for a Note. */
    public enum ArticleFormat {
        NOTE,
        ARTICLE
    }
}
