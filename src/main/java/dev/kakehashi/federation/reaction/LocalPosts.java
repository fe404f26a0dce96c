package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.Post;
import dev.kakehashi.service.Links;
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
    private final String base;

    public LocalPosts(Transactions tx, PostRepository posts, Links links) {
        this.tx = tx;
        this.posts = posts;
        this.base = links.base();
    }

    /** Whether {@code url} is on this site at all. */
    public boolean isOurs(String url) {
        return url != null && (url.equals(base) || url.startsWith(base + "/"));
    }

    /** Resolves {@code url}; drafts, scheduled and deleted posts are {@link Kind#MISSING}. */
    public Target resolve(String url) {
        if (!isOurs(url)) {
            return Target.REMOTE;
        }
        Address address = parse(url, base);
        Optional<Post> found = Optional.empty();
        if (address.postId() != null) {
            found = tx.call(() -> posts.byId(address.postId()));
        } else if (address.slug() != null) {
            found = tx.call(() -> posts.bySlug(address.slug()).filter(Post::isArticle));
        }
        return found.filter(Post::isPublished)
                .map(p -> new Target(Kind.POST, p))
                .orElse(Target.MISSING);
    }

    /** A post address on this site: by id or by article slug; both null when it names no post. */
    record Address(Long postId, String slug) {}

    static Address parse(String url, String base) {
        String path = url.substring(base.length());
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.startsWith("/posts/")) {
            return new Address(parseId(path.substring("/posts/".length())).orElse(null), null);
        }
        if (path.startsWith("/articles/") && path.length() > "/articles/".length()) {
            // Slugs are ASCII and minted unencoded (Links.article).
            String slug = path.substring("/articles/".length());
            return new Address(null, slug.contains("/") ? null : slug);
        }
        return new Address(null, null);
    }

    private static Optional<Long> parseId(String raw) {
        try {
            long id = Long.parseLong(raw);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
