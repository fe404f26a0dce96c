package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;

/** Our published posts, found by id or an article by slug: what a remote object may name. */
public final class PublishedPostQueries {
    private final Transactions tx;
    private final PostRepository posts;

    public PublishedPostQueries(Transactions tx, PostRepository posts) {
        this.tx = tx;
        this.posts = posts;
    }

    /** The published post {@code id}; empty for drafts, scheduled and deleted posts too. */
    public Optional<Post> byId(long id) {
        return tx.call(() -> posts.byId(id)).filter(Post::isPublished);
    }

    /** The published article whose slug is {@code slug}. */
    public Optional<Post> articleBySlug(String slug) {
        return tx.call(() -> posts.bySlug(slug)).filter(Post::isArticle).filter(Post::isPublished);
    }
}
