package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemotePostTagRepository;
import dev.kakehashi.store.StatusMarksRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Statuses as the Mastodon API reads them one by one or by id (the timelines' pages are
 * {@link TimelineQueries}), each batch loaded with a fixed number of queries and mapped by the caller
 * inside a read-only unit of work; and what a viewer does to one (bookmarks, thread mutes).
 */
public final class StatusQueries {
    private final Transactions tx;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final ReactionRepository reactions;
    private final RemoteActorRepository actors;
    private final BookmarkRepository bookmarks;
    private final ConversationRepository conversations;
    private final ThreadMuteRepository mutes;
    private final Links links;
    private final Clock clock;
    private final StatusBatchLoader batches;

    public StatusQueries(
            Transactions tx,
            PostRepository posts,
            RemotePostRepository remotePosts,
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
        this.reactions = reactions;
        this.actors = actors;
        this.bookmarks = bookmarks;
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
                new PostRecords(tx, postRecords));
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

    /** A batch as {@code viewerAccountId} (null when anonymous) sees it: with what they liked and boosted. */
    StatusBatch batch(List<StatusSource> items, Long viewerAccountId) {
        return batches.load(items, viewerAccountId);
    }
}
