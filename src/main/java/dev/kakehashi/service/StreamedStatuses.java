package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The statuses the streaming API sends, loaded whatever their visibility: the streams decide
 * themselves who hears of each. Rendered for a viewer ({@code favourited}, {@code bookmarked}...
 * as they see them) for a personal stream, or for none ({@code viewer} null) for the public ones.
 */
public final class StreamedStatuses {
    private final Transactions tx;
    private final StatusQueries statuses;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteBoostRepository boosts;
    private final MuteRepository mutes;
    private final Clock clock;

    public StreamedStatuses(
            Transactions tx,
            StatusQueries statuses,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteBoostRepository boosts,
            MuteRepository mutes,
            Clock clock) {
        this.tx = tx;
        this.statuses = statuses;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.boosts = boosts;
        this.mutes = mutes;
        this.clock = clock;
    }

    /** A published blog post as {@code viewer} sees it; empty when it is not (or no longer) published. */
    public <T> Optional<T> publishedPost(long id, Long viewer, Function<StatusBatch, T> view) {
        return tx.call(() -> posts.byId(id)
                .filter(Post::isPublished)
                .map(p -> view.apply(statuses.batchOf(List.of(new StatusSource.Local(p)), viewer))));
    }

    /**
     * A live remote post (not one for some of our authors only) or a boost of one, as {@code viewer} sees
     * it; empty when it is gone.
     */
    public <T> Optional<T> remoteStatus(long id, Long viewer, Function<StatusBatch, T> view) {
        return tx.call(() -> remotePosts
                .byId(id)
                .filter(p -> p.deletedAt() == null && !p.isForSomeOnly())
                .<StatusSource>map(StatusSource.Remote::new)
                .or(() -> boosts.byId(id).map(StatusSource.Boost::new))
                .map(s -> view.apply(statuses.batchOf(List.of(s), viewer))));
    }

    /**
     * A live public post from elsewhere as {@code viewer} sees it on the federated timeline; empty when
     * it is gone, no longer public, or its author is one the viewer muted.
     */
    public <T> Optional<T> federatedStatus(long id, long viewer, Function<StatusBatch, T> view) {
        return tx.call(() -> remotePosts
                .byId(id)
                .filter(p -> p.deletedAt() == null && p.visibility() == Visibility.PUBLIC)
                .filter(p -> mutes.of(viewer, List.of(p.content().actorUri()), clock.instant())
                        .isEmpty())
                .map(p -> view.apply(statuses.batchOf(List.of(new StatusSource.Remote(p)), viewer))));
    }
}
