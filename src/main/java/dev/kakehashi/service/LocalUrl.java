package dev.kakehashi.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A URL on this site, as {@link Links#local} read it: its raw path below the base URL, without a
 * trailing slash ({@code ""} for the home page, {@code "/posts/12"}), and its raw query (or null).
 * The fragment is dropped: peers add {@code #comments} and the like to our ids.
 */
public record LocalUrl(String path, String query) {
    /** The instance actor's path, and the prefix of every other local actor's. */
    public static final String INSTANCE_PATH = "/actor";

    public static final String ACTORS_PATH = "/actors/";
    /** The suffix of an actor's inbox, and the shared inbox's path. */
    public static final String INBOX_PATH = "/inbox";

    static final String POSTS = "/posts/";
    static final String ARTICLES = "/articles/";
    static final String MEDIA = "/media/";
    private static final String COMMENTS = "/comments/";
    private static final String PROFILE = "/@";

    /** A path of ours as a request names it, with or without its leading and trailing slash. */
    public static LocalUrl ofPath(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return new LocalUrl(p.endsWith("/") ? p.substring(0, p.length() - 1) : p, null);
    }

    /**
     * Whether this is an inbox {@code ActorIds} mints, and whose: the shared inbox and the instance
     * actor's (a recipient of null), or a local actor's ({@code "blog"}, {@code "12"}).
     */
    public Optional<Inbox> inbox() {
        if (path.equals(INBOX_PATH) || path.equals(INSTANCE_PATH + INBOX_PATH)) {
            return Optional.of(new Inbox(null));
        }
        int end = path.length() - INBOX_PATH.length();
        if (!path.startsWith(ACTORS_PATH) || !path.endsWith(INBOX_PATH) || end <= ACTORS_PATH.length()) {
            return Optional.empty();
        }
        String recipient = path.substring(ACTORS_PATH.length(), end);
        if (!recipient.chars().allMatch(LocalUrl::segmentChar)) {
            return Optional.empty();
        }
        return Optional.of(new Inbox(recipient));
    }

    /** An inbox's recipient: the path segment of a local actor, or null for the shared inbox. */
    public record Inbox(String recipient) {}

    private static boolean segmentChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** The post a {@code /posts/<id>} URL names. */
    public Optional<Long> postId() {
        return segmentAfter(POSTS).flatMap(LocalUrl::positive);
    }

    /** The author whose actor a {@code /actors/<id>} URL is (the blog's actor, {@code /actors/blog}, is none). */
    public Optional<Long> authorId() {
        return segmentAfter(ACTORS_PATH).flatMap(LocalUrl::positive);
    }

    /** The slug an {@code /articles/<slug>} URL names (one path segment, decoded). */
    public Optional<String> articleSlug() {
        return segmentAfter(ARTICLES).map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8));
    }

    /** The username a profile page {@code /@<username>} names (one path segment). */
    public Optional<String> username() {
        return segmentAfter(PROFILE);
    }

    /** The answer a {@code /comments/<id>} URL names. */
    public Optional<Long> commentId() {
        return segmentAfter(COMMENTS).flatMap(LocalUrl::positive);
    }

    /** The uploaded file a {@code /media/<file>} URL names (its raw path below {@code /media/}). */
    public Optional<String> mediaFile() {
        return path.startsWith(MEDIA) && path.length() > MEDIA.length()
                ? Optional.of(path.substring(MEDIA.length()))
                : Optional.empty();
    }

    /**
     * Whether this URL serves both an HTML page and an ActivityStreams document (a profile, a post,
     * an article, an actor), so that its answers vary with {@code Accept}.
     */
    public boolean negotiated() {
        return path.equals(INSTANCE_PATH)
                || segmentAfter(PROFILE).isPresent()
                || segmentAfter(POSTS).isPresent()
                || segmentAfter(ARTICLES).isPresent()
                || segmentAfter(ACTORS_PATH).isPresent();
    }

    /** The one non-empty path segment after {@code prefix}, if the path is exactly that. */
    private Optional<String> segmentAfter(String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return Optional.empty();
        }
        String segment = path.substring(prefix.length());
        return segment.contains("/") ? Optional.empty() : Optional.of(segment);
    }

    private static Optional<Long> positive(String digits) {
        try {
            long id = Long.parseLong(digits);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
