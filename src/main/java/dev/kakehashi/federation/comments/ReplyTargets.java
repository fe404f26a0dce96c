package dev.kakehashi.federation.comments;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentService.Target;
import dev.kakehashi.service.LocalUrl;
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
    private static final Pattern WORDPRESS_ID = Pattern.compile("p=([0-9]{1,18})");

    private final ActorIds ids;
    private final Function<String, Optional<Long>> articleBySlug;
    private final LongFunction<Optional<Long>> importedPost;
    private final CommentService comments;

    /**
     * @param articleBySlug the id of the article with a slug, if any (in its own unit of work)
     * @param importedPost the post a WordPress post id was imported as, if any (in its own unit of work)
     */
    public ReplyTargets(
            ActorIds ids,
            Function<String, Optional<Long>> articleBySlug,
            LongFunction<Optional<Long>> importedPost,
            CommentService comments) {
        this.ids = ids;
        this.articleBySlug = articleBySlug;
        this.importedPost = importedPost;
        this.comments = comments;
    }

    public Optional<Target> resolve(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<LocalUrl> local = ids.local(id);
        if (local.isPresent()) {
            return localPost(local.get())
                    .map(postId -> new Target(postId, null, 0))
                    .or(() -> comments.underComment(id));
        }
        return comments.underComment(id);
    }

    /** Whether the id is on this site. */
    public boolean isLocal(String id) {
        return ids.isOurs(id);
    }

    private Optional<Long> localPost(LocalUrl url) {
        Matcher old = url.query() == null ? null : WORDPRESS_ID.matcher(url.query());
        if (url.path().isEmpty() && old != null && old.matches()) {
            // The WordPress ActivityPub plugin's object id of a post imported here, on the same domain.
            return importedPost.apply(Long.parseLong(old.group(1)));
        }
        return url.postId().or(() -> url.articleSlug().flatMap(articleBySlug));
    }
}
