package dev.kakehashi.service;

import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;

/**
 * Our published posts, found by id or an article by slug: what a remote object may name. Only the
 * id is read (one number per look-up, no post loaded): every Like, boost and reply asks.
 */
public final class PublishedPostQueries {
    private final Transactions tx;
    private final PostRepository posts;

    public PublishedPostQueries(Transactions tx, PostRepository posts) {
        this.tx = tx;
        this.posts = posts;
    }

    /** {@code id} when that post is published; empty for drafts, scheduled and deleted posts too. */
    public Optional<Long> byId(long id) {
        return tx.call(() -> posts.idIn(id, PostStatus.PUBLISHED));
    }

    /** How many posts are published. */
    public long count() {
        return tx.call(posts::countPublished);
    }

    /** The id of the published article whose slug is {@code slug}. */
    public Optional<Long> articleBySlug(String slug) {
        return tx.call(() -> posts.articleIdBySlug(slug, PostStatus.PUBLISHED));
    }
}
