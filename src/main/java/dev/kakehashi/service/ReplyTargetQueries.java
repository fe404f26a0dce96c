package dev.kakehashi.service;

import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import java.util.Optional;

/**
 * The posts a reply from elsewhere may name by an address other than its id: an article by slug
 * (whatever its status: whether it takes comments is the comment service's call), and a WordPress
 * post imported here. Each look-up is its own unit of work.
 */
public final class ReplyTargetQueries {
    private final Transactions tx;
    private final PostRepository posts;
    private final WpImportRepository imports;

    public ReplyTargetQueries(Transactions tx, PostRepository posts, WpImportRepository imports) {
        this.tx = tx;
        this.posts = posts;
        this.imports = imports;
    }

    /** The id of the article whose slug is {@code slug}, in any status. */
    public Optional<Long> articleBySlug(String slug) {
        return tx.call(() -> posts.articleIdBySlug(slug, null));
    }

    /** The post the WordPress post {@code wpId} was imported as. */
    public Optional<Long> importedPost(long wpId) {
        return tx.call(() -> imports.importedPost(wpId));
    }
}
