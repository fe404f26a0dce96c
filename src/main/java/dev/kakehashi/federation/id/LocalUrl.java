package dev.kakehashi.federation.id;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A URL on this site, as {@link ActorIds#local} read it: its raw path below the base URL, without a
 * trailing slash ({@code ""} for the home page, {@code "/posts/12"}), and its raw query (or null).
 * The fragment is dropped: peers add {@code #comments} and the like to our ids.
 */
public record LocalUrl(String path, String query) {
    private static final String POSTS = "/posts/";
    private static final String ARTICLES = "/articles/";
    private static final String COMMENTS = "/comments/";
    private static final String PROFILE = "/@";

    /**
     * Whether this is an inbox {@link ActorIds} mints, and whose: the shared inbox and the instance
     * actor's (a recipient of null), or a local actor's ({@code "blog"}, {@code "12"}).
     */
    public Optional<Inbox> inbox() {
        if (path.equals(ActorIds.INBOX_PATH) || path.equals(ActorIds.INSTANCE_PATH + ActorIds.INBOX_PATH)) {
            return Optional.of(new Inbox(null));
        }
        int end = path.length() - ActorIds.INBOX_PATH.length();
        if (!path.startsWith(ActorIds.ACTORS_PATH)
                || !path.endsWith(ActorIds.INBOX_PATH)
                || end <= ActorIds.ACTORS_PATH.length()) {
            return Optional.empty();
        }
        String recipient = path.substring(ActorIds.ACTORS_PATH.length(), end);
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
        return idAfter(POSTS);
    }

    /** The slug an {@code /articles/<slug>} URL names (one path segment, decoded). */
    public Optional<String> articleSlug() {
        if (!path.startsWith(ARTICLES) || path.length() == ARTICLES.length()) {
            return Optional.empty();
        }
        String slug = path.substring(ARTICLES.length());
        return slug.contains("/") ? Optional.empty() : Optional.of(URLDecoder.decode(slug, StandardCharsets.UTF_8));
    }

    /** The username a profile page {@code /@<username>} names (one path segment). */
    public Optional<String> username() {
        if (!path.startsWith(PROFILE) || path.length() == PROFILE.length()) {
            return Optional.empty();
        }
        String username = path.substring(PROFILE.length());
        return username.contains("/") ? Optional.empty() : Optional.of(username);
    }

    /** The answer a {@code /comments/<id>} URL names. */
    public Optional<Long> commentId() {
        return idAfter(COMMENTS);
    }

    private Optional<Long> idAfter(String prefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(path.substring(prefix.length()));
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
