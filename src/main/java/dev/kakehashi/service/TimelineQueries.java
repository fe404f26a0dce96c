package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.PostFilter;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemoteTimelineRepository;
import dev.kakehashi.store.TagMatch;
import dev.kakehashi.store.TagRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The timelines' pages as the Mastodon API reads them (home, public and federated, an account's
 * statuses, a list's through {@link ListService}): the page's statuses by id in the range's order,
 * loaded as one batch by {@link StatusQueries} with a fixed number of queries, and mapped by the
 * caller inside a read-only unit of work.
 */
public final class TimelineQueries {
    private final Transactions tx;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteTimelineRepository remoteTimelines;
    private final RemoteBoostRepository boosts;
    private final TagRepository tags;
    private final StatusQueries statuses;
    private final Clock clock;

    public TimelineQueries(
            Transactions tx,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteBoostRepository boosts,
            StatusQueries statuses,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.remoteTimelines = new RemoteTimelineRepository(tx);
        this.boosts = boosts;
        this.tags = new TagRepository(tx);
        this.statuses = statuses;
        this.clock = clock;
    }

    /**
     * The author's own published posts and boosts, the posts and boosts of the accounts they follow
     * (less the members of their exclusive lists and the accounts they muted; a post boosted several
     * times once, at its newest boost) and posts with a hashtag they follow, by id (a boost's own id).
     */
    public <T> T home(long accountId, IdRange range, Function<StatusBatch, T> view) {
        return tx.read(() -> {
            PostFilter own = PostFilter.own(accountId);
            List<Long> ownIds = posts.publishedIdsIn(range, own);
            List<Long> taggedIds = tags.followedLocalPostIds(accountId, range);
            String actor = ActorKey.author(accountId).text();
            Instant now = clock.instant();
            List<RemotePost> remote = remoteTimelines.homeIn(actor, accountId, range, now);
            List<RemoteBoost> boosted = new ArrayList<>(boosts.homeIn(actor, accountId, range, now));
            boosted.addAll(boosts.ownIn(accountId, range, now));
            // Only the blog's posts that make the page are loaded: the cut is made on ids first
            // (a page of 40 from a home of 40 own and 40 followed posts loads some 20, not 40).
            Set<Long> onPage = pageIds(ownIds, taggedIds, remote, boosted, range);
            List<Long> ownOnPage = ownIds.stream().filter(onPage::contains).toList();
            List<StatusSource> items = new ArrayList<>();
            if (!ownOnPage.isEmpty()) {
                // The own posts on the page are all of the author's between the first and the last of
                // them: the same query as for the ids, over that span.
                long first = Collections.min(ownOnPage);
                long last = Collections.max(ownOnPage);
                posts.publishedIn(new IdRange(last + 1, first - 1, null, ownOnPage.size()), own)
                        .forEach(p -> items.add(new StatusSource.Local(p)));
            }
            posts.byIds(taggedIds.stream().filter(onPage::contains).toList())
                    .forEach(p -> items.add(new StatusSource.Local(p)));
            return view.apply(timeline(items, remote, boosted, range, accountId));
        });
    }

    /** The ids of a home page's statuses: every source's merged in the range's order, cut to its limit. */
    private static Set<Long> pageIds(
            List<Long> ownIds,
            List<Long> taggedIds,
            List<RemotePost> remote,
            List<RemoteBoost> boosted,
            IdRange range) {
        List<Long> all = new ArrayList<>(ownIds);
        all.addAll(taggedIds);
        remote.forEach(p -> all.add(p.id()));
        boosted.forEach(b -> all.add(b.id()));
        return new HashSet<>(cut(all, Long::longValue, range));
    }

    /**
     * A timeline's page as {@code accountId} sees it: {@code items} with remote posts and boosts
     * (reblogs) merged by id in the range's order, cut to its limit, in one batch; joins the unit
     * of work.
     */
    StatusBatch timeline(
            List<StatusSource> items,
            List<RemotePost> remote,
            List<RemoteBoost> boosted,
            IdRange range,
            long accountId) {
        List<StatusSource> all = new ArrayList<>(items);
        remote.forEach(p -> all.add(new StatusSource.Remote(p)));
        boosted.forEach(b -> all.add(new StatusSource.Boost(b)));
        return tx.call(() -> statuses.batch(page(all, range), accountId));
    }

    /** The blog's published posts that pass {@code filter}, by id. */
    public <T> T published(IdRange range, PostFilter filter, Function<StatusBatch, T> view) {
        return published(range, filter, null, view);
    }

    /** The blog's published posts that pass {@code filter} and carry the hashtags {@code tags} asks for. */
    public <T> T published(IdRange range, PostFilter filter, TagMatch tags, Function<StatusBatch, T> view) {
        return tx.read(() -> view.apply(statuses.batch(
                posts.publishedIn(range, filter, tags).stream()
                        .map(p -> (StatusSource) new StatusSource.Local(p))
                        .toList(),
                null)));
    }

    /**
     * The federated timeline as {@code viewerAccountId} sees it: the blog's published posts that pass
     * {@code filter} (unless {@code remoteOnly}) and the public posts received from elsewhere, merged
     * by id in the range's order.
     */
    public <T> T federated(
            IdRange range, PostFilter filter, boolean remoteOnly, long viewerAccountId, Function<StatusBatch, T> view) {
        return tx.read(() -> {
            List<StatusSource> items = new ArrayList<>();
            if (!remoteOnly) {
                posts.publishedIn(range, filter).forEach(p -> items.add(new StatusSource.Local(p)));
            }
            remoteTimelines
                    .publicIn(viewerAccountId, filter.onlyMedia(), range, clock.instant())
                    .forEach(p -> items.add(new StatusSource.Remote(p)));
            return view.apply(statuses.batch(page(items, range), viewerAccountId));
        });
    }

    /**
     * What the blog received from the remote actor {@code actorUri} that anyone may read, by id (its
     * profile's statuses as far as this server knows them); only those with the hashtag {@code tag} when
     * it is not null.
     */
    public <T> T ofRemoteActor(
            String actorUri,
            boolean excludeReplies,
            boolean onlyMedia,
            String tag,
            IdRange range,
            Long viewerAccountId,
            Function<StatusBatch, T> view) {
        return tx.read(() -> view.apply(statuses.batch(
                remoteTimelines.byActorIn(actorUri, excludeReplies, onlyMedia, tag, range).stream()
                        .map(p -> (StatusSource) new StatusSource.Remote(p))
                        .toList(),
                viewerAccountId)));
    }

    /**
     * The posts a remote account features (its pinned posts) that anyone may read, in its
     * collection's order, on one page as Mastodon shows them.
     */
    public <T> T pinnedOfRemoteActor(String actorUri, Long viewerAccountId, Function<StatusBatch, T> view) {
        return tx.read(() -> view.apply(statuses.batch(
                remotePosts.pinnedBy(actorUri, RemotePinService.MAX_PINS).stream()
                        .map(p -> (StatusSource) new StatusSource.Remote(p))
                        .toList(),
                viewerAccountId)));
    }

    /** Two sources merged by id in the range's order, cut to its limit. */
    private static List<StatusSource> page(List<StatusSource> items, IdRange range) {
        return cut(items, StatusSource::id, range);
    }

    /** {@code items} by their ids in the range's order, cut to its limit. */
    private static <T> List<T> cut(List<T> items, ToLongFunction<T> id, IdRange range) {
        Comparator<T> byId = Comparator.comparingLong(id);
        return items.stream()
                .sorted(range.ascending() ? byId : byId.reversed())
                .limit(range.limit())
                .toList();
    }
}
