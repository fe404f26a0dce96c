package dev.kakehashi.domain;

/** How long and how full a post may be, wherever it is written (admin, Mastodon API, import). */
public final class PostLimits {
    public static final int SHORT_POST_MAX_CHARS = 5000;
    public static final int TITLE_MAX_CHARS = 300;
    public static final int SLUG_MAX_CHARS = 200;
    public static final int EXCERPT_MAX_CHARS = 1000;
    public static final int BODY_MAX_CHARS = 200_000;
    public static final int MAX_TAGS = 30;
    public static final int MAX_ATTACHMENTS = 4;
    /** A content warning's own limit, as Mastodon's; it also counts toward a short post's. */
    public static final int CONTENT_WARNING_MAX_CHARS = 500;

    private PostLimits() {}
}
