package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.LocalUrl;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;

/**
 * Which of our posts a remote object names, by any URL form peers use: the id {@code /posts/<id>}
 * (also with a trailing slash, a fragment or a query, as some servers keep the page URL), or an
 * article's page {@code /articles/<slug>}.
 */
public final class LocalPosts {
    /** What a URL names: not us, one of our posts, or an address of ours that is no published post. */
    public enum Kind {
        REMOTE,
        POST,
        MISSING
    }

    /** @param post set for {@link Kind#POST} */
    public record Target(Kind kind, Post post) {
        static final Target REMOTE = new Target(Kind.REMOTE, null);
        static final Target MISSING = new Target(Kind.MISSING, null);
    }

    private final Transactions tx;
    private final PostRepository posts;
    private final ActorIds ids;

    public LocalPosts(Transactions tx, PostRepository posts, ActorIds ids) {
        this.tx = tx;
        this.posts = posts;
        this.ids = ids;
    }

    /** Whether {@code url} is on this site at all. */
    public boolean isOurs(String url) {
        return ids.isOurs(url);
    }

    /** Resolves {@code url}; drafts, scheduled and deleted posts are {@link Kind#MISSING}. */
    public Target resolve(String url) {
        Optional<LocalUrl> local = ids.local(url);
        if (local.isEmpty()) {
            return Target.REMOTE;
        }
        Optional<Long> postId = local.get().postId();
        Optional<String> slug = local.get().articleSlug();
        Optional<Post> found = Optional.empty();
        if (postId.isPresent()) {
            found = tx.call(() -> posts.byId(postId.get()));
        } else if (slug.isPresent()) {
            found = tx.call(() -> posts.bySlug(slug.get()).filter(Post::isArticle));
        }
        return found.filter(Post::isPublished)
                .map(p -> new Target(Kind.POST, p))
                .orElse(Target.MISSING);
    }
}
