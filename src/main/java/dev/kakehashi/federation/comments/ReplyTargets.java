package dev.kakehashi.federation.comments;

import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentService.Target;
import dev.kakehashi.service.Links;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an {@code inReplyTo} points at, when it is ours: one of our posts under any URL our posts
 * have ({@code /posts/<id>}, an article's {@code /articles/<slug>}), or a comment we hold.
 */
public final class ReplyTargets {
    private static final Pattern WORDPRESS_ID = Pattern.compile("/?\\?p=([0-9]{1,18})");

    private final Links links;
    private final Function<String, Optional<Long>> articleBySlug;
    private final LongFunction<Optional<Long>> importedPost;
    private final CommentService comments;

    /**
     * @param articleBySlug the id of the article with a slug, if any (in its own unit of work)
     * @param importedPost the post a WordPress post id was imported as, if any (in its own unit of work)
     */
    public ReplyTargets(
            Links links,
            Function<String, Optional<Long>> articleBySlug,
            LongFunction<Optional<Long>> importedPost,
            CommentService comments) {
        this.links = links;
        this.articleBySlug = articleBySlug;
        this.importedPost = importedPost;
        this.comments = comments;
    }

    public Optional<Target> resolve(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (isLocal(id)) {
            return localPost(id).map(postId -> new Target(postId, null, 0)).or(() -> comments.underComment(id));
        }
        return comments.underComment(id);
    }

    /** Whether the id is on this site. */
    public boolean isLocal(String id) {
        return id.startsWith(links.base() + "/");
    }

    private Optional<Long> localPost(String id) {
        String path = id.substring(links.base().length());
        Matcher old = WORDPRESS_ID.matcher(path);
        if (old.matches()) {
            // The WordPress ActivityPub plugin's object id of a post imported here, on the same domain.
            return importedPost.apply(Long.parseLong(old.group(1)));
        }
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.startsWith("/posts/")) {
            try {
                long postId = Long.parseLong(path.substring("/posts/".length()));
                return postId > 0 ? Optional.of(postId) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (path.startsWith("/articles/") && path.length() > "/articles/".length()) {
            String slug = java.net.URLDecoder.decode(
                    path.substring("/articles/".length()), java.nio.charset.StandardCharsets.UTF_8);
            return articleBySlug.apply(slug);
        }
        return Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
