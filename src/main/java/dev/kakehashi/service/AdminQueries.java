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

    /** Posts of one status (null: all but deleted), counted; {@code authorId} null for every author. */
    public long count(PostStatus status, Long authorId) {
        if (status == null) {
            return tx.call(() -> posts.countWithStatus(PostStatus.DRAFT, authorId)
                    + posts.countWithStatus(PostStatus.SCHEDULED, authorId)
                    + posts.countWithStatus(PostStatus.PUBLISHED, authorId));
        }
        return tx.call(() -> posts.countWithStatus(status, authorId));
    }

    /** One page (numbered from 1) of the admin list with the total for the pager. */
    public <T> Page<T> page(PostStatus status, Long authorId, int number, int size, Function<Post, T> view) {
        long total = count(status, authorId);
        int n = Math.max(1, number);
        return new Page<>(posts(status, authorId, (n - 1) * size, size, view), n, size, total);
    }
}
