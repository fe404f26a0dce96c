package dev.kakehashi.domain;

/** The two kinds of post. */
public enum PostKind {
    /** Title, Markdown body, excerpt, slug, tags and an optional cover image. */
    ARTICLE,
    /** No title, at most {@link Post#SHORT_POST_MAX_CHARS} characters, optional images. */
    NOTE
}
