package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.function.Function;

/** What the admin lists; views are built inside the unit of work, as in {@link BlogQueries}. */
public final class AdminQueries {
    private final Transactions tx;
    private final PostRepository posts;

    public AdminQueries(Transactions tx, PostRepository posts) {
        this.tx = tx;
        this.posts = posts;
    }

    /** Posts of one status (null: all but deleted); {@code authorId} null for every author. */
    public <T> List<T> posts(PostStatus status, Long authorId, int offset, int limit, Function<Post, T> view) {
        return tx.call(() -> posts.forAdmin(status, authorId, offset, limit).stream()
                .map(view)
                .toList());
    }

    public long count(PostStatus status, Long authorId) {
        return tx.call(() -> posts.countWithStatus(status, authorId));
    }
}
