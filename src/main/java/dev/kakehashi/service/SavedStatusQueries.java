package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Post;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statuses someone kept: a viewer's bookmarks and favourites, an author's pins. Each list is
 * read by a cursor of its own and shown through {@link StatusQueries}' batches.
 */
public final class SavedStatusQueries {
    private final Transactions tx;
    private final StatusQueries statuses;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final BookmarkRepository bookmarks;
    private final OutboundReactionRepository likes;
    private final ReactionRepository reactions;
    private final PinRepository pins;
    private final Links links;

    /**
     * A page of a saved list: the ids of the rows read (what the {@code Link} header pages by), the
     * ids of the statuses they keep, in order, and those of them that are posts, as one batch (the
     * others may be comments on the blog, or gone).
     */
    public record Page(List<Long> cursorIds, List<Long> statusIds, StatusBatch posts) {}

    public SavedStatusQueries(Transactions tx, StatusQueries statuses, PostRepository posts, Links links) {
        this.tx = tx;
        this.statuses = statuses;
        this.posts = posts;
        this.remotePosts = new RemotePostRepository(tx);
        this.bookmarks = new BookmarkRepository(tx);
        this.likes = new OutboundReactionRepository(tx);
        this.reactions = new ReactionRepository(tx);
        this.pins = new PinRepository(tx);
        this.links = links;
    }

    /**
     * The viewer's bookmarks in a range of bookmark ids, with the ids of the bookmarks read (what the
     * Link header pages by); a bookmarked status that is gone or hidden is left out.
     */
    public <T> T bookmarked(long viewerAccountId, IdRange range, Function<Page, T> view) {
        return tx.read(() -> listed(
                bookmarks.page(viewerAccountId, range).stream()
                        .map(r -> new long[] {r.id(), r.statusId()})
                        .toList(),
                viewerAccountId,
                view));
    }

    /**
     * The posts the viewer liked, remote ones and the blog's own, by the like's id, with those ids
     * (what the Link header pages by).
     */
    public <T> T favourited(long viewerAccountId, IdRange range, Function<Page, T> view) {
        return tx.read(() -> {
            List<long[]> rows = new ArrayList<>(
                    likes.likedIn(ActorKey.author(viewerAccountId).text(), range));
            rows.addAll(reactions.likedIn(links.authorActor(viewerAccountId), range));
            Comparator<long[]> byLike = Comparator.comparingLong(r -> r[0]);
            List<long[]> page = rows.stream()
                    .sorted(range.ascending() ? byLike : byLike.reversed())
                    .limit(range.limit())
                    .toList();
            return listed(page, viewerAccountId, view);
        });
    }

    /**
     * The posts an author pinned, last pinned first, as {@code viewerAccountId} may see them (a
     * followers-only pin only by its author).
     */
    public <T> T pinned(long authorId, Long viewerAccountId, Function<StatusBatch, T> view) {
        return tx.call(() -> {
            List<Long> ids = pins.of(authorId);
            Map<Long, Post> found = new HashMap<>();
            posts.byIds(ids).stream()
                    .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                    .forEach(p -> found.put(p.id(), p));
            List<StatusSource> items = ids.stream()
                    .map(found::get)
                    .filter(p -> p != null)
                    .<StatusSource>map(StatusSource.Local::new)
                    .toList();
            return view.apply(statuses.batchOf(items, viewerAccountId));
        });
    }

    /** Statuses listed by a cursor of their own: pairs of cursor id and status id, in order. */
    private <T> T listed(List<long[]> rows, long viewerAccountId, Function<Page, T> view) {
        List<Long> ids = rows.stream().map(r -> r[1]).toList();
        Map<Long, StatusSource> found = new HashMap<>();
        posts.byIds(ids).stream()
                .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                .forEach(p -> found.put(p.id(), new StatusSource.Local(p)));
        remotePosts.liveByIds(ids).forEach(p -> found.put(p.id(), new StatusSource.Remote(p)));
        List<StatusSource> items =
                ids.stream().map(found::get).filter(s -> s != null).toList();
        return view.apply(
                new Page(rows.stream().map(r -> r[0]).toList(), ids, statuses.batchOf(items, viewerAccountId)));
    }
}
