package dev.kakehashi.federation.reaction;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.LocalUrl;
import dev.kakehashi.service.PublishedPostQueries;
import java.util.Optional;

/**
 * Which of our posts a remote object names, by any URL form peers use: the id {@code /posts/<id>}
 * (also with a trailing slash, a fragment or a query, as some servers keep the page URL), or an
 * article's page {@code /articles/<slug>}; or an author's answer to a comment, {@code
 * /comments/<id>}, whose service checks that it is shown.
 */
public final class LocalPosts {
    /** What a URL names: not us, one of our posts, or an address of ours that is no published post. */
    public enum Kind {
        REMOTE,
        POST,
        ANSWER,
        MISSING
    }

    /**
     * @param postId set for {@link Kind#POST}
     * @param answerId set for {@link Kind#ANSWER}
     */
    public record Target(Kind kind, Long postId, Long answerId) {
        static final Target REMOTE = new Target(Kind.REMOTE, null, null);
        static final Target MISSING = new Target(Kind.MISSING, null, null);
    }

    private final PublishedPostQueries posts;
    private final ActorIds ids;

    public LocalPosts(PublishedPostQueries posts, ActorIds ids) {
        this.posts = posts;
        this.ids = ids;
    }

    /** Whether {@code url} is on this site at all. */
    public boolean isOurs(String url) {
        return ids.isOurs(url);
    }

    /**
     * Resolves {@code url}; drafts, scheduled and deleted posts are {@link Kind#MISSING}, an answer's
     * id is {@link Kind#ANSWER} whatever its state.
     */
    public Target resolve(String url) {
        Optional<LocalUrl> local = ids.local(url);
        if (local.isEmpty()) {
            return Target.REMOTE;
        }
        Optional<Long> answerId = local.get().commentId();
        if (answerId.isPresent()) {
            return new Target(Kind.ANSWER, null, answerId.get());
        }
        Optional<Long> postId = local.get().postId();
        Optional<String> slug = local.get().articleSlug();
        Optional<Long> found = Optional.empty();
        if (postId.isPresent()) {
            found = posts.byId(postId.get());
        } else if (slug.isPresent()) {
            found = posts.articleBySlug(slug.get());
        }
        return found.map(id -> new Target(Kind.POST, id, null)).orElse(Target.MISSING);
    }
}
