package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostFilter;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemotePostTagRepository;
import dev.kakehashi.store.RemoteTimelineRepository;
import dev.kakehashi.store.StatusMarksRepository;
import dev.kakehashi.store.TagMatch;
import dev.kakehashi.store.TagRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Statuses as the Mastodon API reads them: timelines and single statuses, each page loaded with a
 * fixed number of queries and mapped by the caller inside a read-only unit of work.
 */
public final class StatusQueries {
    private final Transactions tx;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteTimelineRepository remoteTimelines;
    private final RemoteBoostRepository boosts;
    private final ReactionRepository reactions;
    private final RemoteActorRepository actors;
    private final BookmarkRepository bookmarks;
    private final TagRepository tags;
    private final ConversationRepository conversations;
    private final ThreadMuteRepository mutes;
    private final Links links;
    private final Clock clock;
    private final StatusBatchLoader batches;

    public StatusQueries(
            Transactions tx,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteBoostRepository boosts,
            ReactionRepository reactions,
            RemoteActorRepository actors,
            BookmarkRepository bookmarks,
            ThreadMuteRepository mutes,
            Links links,
            PostToStatusRecord postRecords,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.remoteTimelines = new RemoteTimelineRepository(tx);
        this.boosts = boosts;
        this.reactions = reactions;
        this.actors = actors;
        this.bookmarks = bookmarks;
        this.tags = new TagRepository(tx);
        this.conversations = new ConversationRepository(tx);
        this.mutes = mutes;
        this.links = links;
        this.clock = clock;
        this.batches = new StatusBatchLoader(
                new PageReplyTargets(remotePosts, new CommentRepository(tx), posts, links),
                new RemotePostTagRepository(tx),
                new StatusMarksRepository(tx),
                actors,
                links,
                new QuotedStatuses(posts, remotePosts, links),
                new PollRepository(tx),
                new RemoteMediaRepository(tx),
                postRecords);
    }

    /**
     * The author's own published posts and boosts, the posts and boosts of the accounts they follow
     * (less the members of their exclusive lists and the accounts they muted; a post boosted several
     * times once, at its newest boost) and posts with a hashtag they follow, by id (a boost's own id).
     */
    public <T> T home(long accountId, IdRange range, Function<StatusBatch, T> view) {
        return tx.read(() -> {
            List<StatusSource> items = new ArrayList<>();
            posts.publishedIn(range, PostFilter.own(accountId)).forEach(p -> items.add(new StatusSource.Local(p)));
            posts.byIds(tags.followedLocalPostIds(accountId, range)).forEach(p -> items.add(new StatusSource.Local(p)));
            String actor = ActorKey.author(accountId).text();
            Instant now = clock.instant();
            List<RemoteBoost> boosted = new ArrayList<>(boosts.homeIn(actor, accountId, range, now));
            boosted.addAll(boosts.ownIn(accountId, range, now));
            return view.apply(
                    timeline(items, remoteTimelines.homeIn(actor, accountId, range, now), boosted, range, accountId));
        });
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
        return tx.call(() -> batch(page(all, range), accountId));
    }

    /** The blog's published posts that pass {@code filter}, by id. */
    public <T> T published(IdRange range, PostFilter filter, Function<StatusBatch, T> view) {
        return published(range, filter, null, view);
    }

    /** The blog's published posts that pass {@code filter} and carry the hashtags {@code tags} asks for. */
    public <T> T published(IdRange range, PostFilter filter, TagMatch tags, Function<StatusBatch, T> view) {
        return tx.read(() -> view.apply(batch(posts.publishedIn(range, filter, tags).stream()
                .map(p -> (StatusSource) new StatusSource.Local(p))
                .toList())));
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
            return view.apply(batch(page(items, range), viewerAccountId));
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
        return tx.read(() -> view.apply(batch(
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
        return tx.read(() -> view.apply(batch(
                remotePosts.pinnedBy(actorUri, RemotePinService.MAX_PINS).stream()
                        .map(p -> (StatusSource) new StatusSource.Remote(p))
                        .toList(),
                viewerAccountId)));
    }

    /**
     * One status as {@code viewerAccountId} (null when anonymous) may see it: a published blog post
     * readable by anyone or written by the viewer, or a live post received from elsewhere; 404
     * otherwise, so a followers-only post's existence is not given away.
     */
    public <T> T one(long id, Long viewerAccountId, Function<StatusBatch, T> view) {
        return tx.read(() -> view.apply(batch(List.of(source(id, viewerAccountId)), viewerAccountId)));
    }

    /**
     * The statuses with these ids that {@code viewerAccountId} may see (see {@link #one}), in the
     * order asked, each once; the others are left out, as Mastodon's {@code GET /api/v1/statuses}.
     */
    public <T> T several(List<Long> ids, Long viewerAccountId, Function<StatusBatch, T> view) {
        return tx.read(() -> {
            List<StatusSource> items = new ArrayList<>();
            new java.util.LinkedHashSet<>(ids)
                    .forEach(id -> find(id, viewerAccountId).ifPresent(items::add));
            return view.apply(batch(items, viewerAccountId));
        });
    }

    /**
     * The blog's posts with these ids, whatever their visibility, and the live posts from elsewhere
     * with these URIs, as one batch: for what the author is notified about (their own posts, and
     * posts that mention them), as {@code viewerAccountId} (that author) sees them. Joins the caller's
     * unit of work.
     */
    public StatusBatch postsBatch(
            java.util.Collection<Long> ids, java.util.Collection<String> remoteUris, Long viewerAccountId) {
        return tx.call(() -> {
            List<StatusSource> items = new ArrayList<>();
            posts.byIds(ids).forEach(p -> items.add(new StatusSource.Local(p)));
            remotePosts.liveByUris(remoteUris).forEach(p -> items.add(new StatusSource.Remote(p)));
            return batch(items, viewerAccountId);
        });
    }

    /** Whether the status {@code id} exists and {@code viewerAccountId} may see it (see {@link #one}). */
    public boolean exists(long id, Long viewerAccountId) {
        return tx.call(
                () -> posts.byId(id).filter(p -> visibleTo(p, viewerAccountId)).isPresent()
                        || remotePosts
                                .byId(id)
                                .filter(p -> readable(p, viewerAccountId))
                                .isPresent());
    }

    /** The status {@code id} if {@code viewerAccountId} may see it (see {@link #one}); joins the unit of work. */
    StatusSource visible(long id, Long viewerAccountId) {
        return tx.call(() -> source(id, viewerAccountId));
    }

    /** Whether a viewer may see a blog post. */
    static boolean visibleTo(Post p, Long viewerAccountId) {
        return p.isPublished()
                && (p.visibility().readableByAnyone()
                        || (viewerAccountId != null && p.author().id() == viewerAccountId));
    }

    /** A batch of these statuses, in this order; joins the unit of work. */
    StatusBatch batchOf(List<StatusSource> items, Long viewerAccountId) {
        return tx.call(() -> batch(items, viewerAccountId));
    }

    /**
     * The id (URI) of the remote post {@code id}, empty when it is one of the blog's posts.
     *
     * @throws ServiceException 404 when there is no such status the viewer may see
     */
    public java.util.Optional<String> remoteUri(long id, long viewerAccountId) {
        return tx.call(() -> source(id, viewerAccountId) instanceof StatusSource.Remote r
                ? java.util.Optional.of(r.post().content().uri())
                : java.util.Optional.empty());
    }

    /** Bookmarks a status the viewer may see (404 otherwise); twice is once. */
    public void bookmark(long id, long viewerAccountId) {
        tx.run(() -> bookmarks.add(viewerAccountId, source(id, viewerAccountId).id(), clock.instant()));
    }

    /** Takes a bookmark back; nothing to take back changes nothing. */
    public void unbookmark(long id, long viewerAccountId) {
        tx.run(() ->
                bookmarks.remove(viewerAccountId, source(id, viewerAccountId).id()));
    }

    /** Mutes the thread of a status the viewer may see (404 otherwise); twice is once. */
    public void mute(long id, long viewerAccountId) {
        tx.run(() -> mutes.add(viewerAccountId, source(id, viewerAccountId).id(), clock.instant()));
    }

    /** Takes a mute back; nothing to take back changes nothing. */
    public void unmute(long id, long viewerAccountId) {
        tx.run(() -> mutes.remove(viewerAccountId, source(id, viewerAccountId).id()));
    }

    /** How many accounts {@link #reactors} lists at most per kind. */
    public static final int MAX_REACTORS = 40;

    /**
     * Who liked (an emoji reaction counts as a like) or boosted a status the viewer may see, newest
     * first, at most {@link #MAX_REACTORS}: actor URI to the cached actor, or null when not cached.
     * Nothing is stored of who reacted to a remote post.
     */
    public Map<String, RemoteActor> reactors(long id, Long viewerAccountId, boolean boosts) {
        return tx.call(() -> {
            Map<String, RemoteActor> out = new java.util.LinkedHashMap<>();
            if (source(id, viewerAccountId) instanceof StatusSource.Local l) {
                reactions.forPost(l.post().id(), MAX_REACTORS).stream()
                        .filter(r -> boosts
                                ? r.kind() == ReactionKind.BOOST
                                : r.kind() == ReactionKind.LIKE || r.kind() == ReactionKind.EMOJI)
                        .limit(MAX_REACTORS)
                        .forEach(r -> out.put(r.actorUri(), null));
                actors.byUris(out.keySet()).forEach(a -> out.put(a.uri(), a));
            }
            return out;
        });
    }

    /**
     * The id (URI) a quote of status {@code id} quotes.
     *
     * @throws ServiceException 404 when there is no such status the viewer may see
     * @throws InvalidInputException 422 when it is not public: only a post anyone may read is quoted
     */
    public String quoteTarget(long id, long viewerAccountId, Links links) {
        return tx.call(() -> {
            StatusSource s = source(id, viewerAccountId);
            boolean open = s instanceof StatusSource.Remote r
                    ? !r.post().isForSomeOnly()
                    : ((StatusSource.Local) s).post().visibility().readableByAnyone();
            if (!open) {
                throw InvalidInputException.of("quoted_status_id", "Quoting this post is not allowed");
            }
            return s instanceof StatusSource.Remote r ? r.post().content().uri() : links.post(s.id());
        });
    }

    /** The id (URI) a reply to status {@code id} answers: the remote post's, or the blog post's. */
    public String replyTarget(long id, long viewerAccountId, Links links) {
        return tx.call(() -> {
            StatusSource s = source(id, viewerAccountId);
            return s instanceof StatusSource.Remote r ? r.post().content().uri() : links.post(s.id());
        });
    }

    /**
     * Who the status {@code id} that {@code viewerAccountId} may read is for: a reply that names no
     * visibility is never wider (as on Mastodon).
     */
    public dev.kakehashi.domain.Visibility visibilityOf(long id, long viewerAccountId) {
        return tx.call(() -> {
            StatusSource s = source(id, viewerAccountId);
            return s instanceof StatusSource.Remote r
                    ? r.post().visibility()
                    : ((StatusSource.Local) s).post().visibility();
        });
    }

    private StatusSource source(long id, Long viewerAccountId) {
        return find(id, viewerAccountId).orElseThrow(() -> ServiceException.notFound("Status"));
    }

    private java.util.Optional<StatusSource> find(long id, Long viewerAccountId) {
        Post post = posts.byId(id).filter(p -> visibleTo(p, viewerAccountId)).orElse(null);
        if (post != null) {
            return java.util.Optional.of(new StatusSource.Local(post));
        }
        return remotePosts.byId(id).filter(p -> readable(p, viewerAccountId)).map(StatusSource.Remote::new);
    }

    /**
     * Whether a viewer may read a received post: a live one, and a direct message or a
     * followers-only post that reached us by a mention only for those it was sent to.
     */
    boolean readable(RemotePost p, Long viewerAccountId) {
        if (p.deletedAt() != null) {
            return false;
        }
        if (!p.isForSomeOnly()) {
            return true;
        }
        return viewerAccountId != null
                && (p.isDirect()
                        ? conversations.reaches(viewerAccountId, p.id())
                        : remotePosts.reaches(viewerAccountId, p.id()));
    }

    /** The status a viewer acts on: a reblog's boosted post, else the status itself. */
    static long shownId(StatusSource s) {
        return s instanceof StatusSource.Boost b ? b.boost().post().id() : s.id();
    }

    /** Two sources merged by id in the range's order, cut to its limit. */
    private static List<StatusSource> page(List<StatusSource> items, IdRange range) {
        Comparator<StatusSource> byId = Comparator.comparingLong(StatusSource::id);
        return items.stream()
                .sorted(range.ascending() ? byId : byId.reversed())
                .limit(range.limit())
                .toList();
    }

    private StatusBatch batch(List<StatusSource> items) {
        return batch(items, null);
    }

    /** A batch as {@code viewerAccountId} (null when anonymous) sees it: with what they liked and boosted. */
    StatusBatch batch(List<StatusSource> items, Long viewerAccountId) {
        return batches.load(items, viewerAccountId);
    }
}
