package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.event.CommentModerated;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an app does to a comment it reads as a status (a comment {@link ThreadQueries#comment} shows):
 * a favourite or boost of a comment from elsewhere goes to its author's server through the same
 * {@link RemoteReactions} as a remote post's; a comment with no server to send to (an author's
 * answer, an imported comment) keeps a favourite here alone and cannot be boosted. A bookmark keeps
 * the comment's id, a mute mutes the post's thread. Each method answers false when {@code id} is no
 * such comment, so the caller reads it as a post.
 */
public final class CommentActions {
    private final Transactions tx;
    private final ThreadQueries threads;
    private final StatusQueries statuses;
    private final RemoteReactions reactions;
    private final OutboundReactionRepository sent;
    private final ReactionRepository received;
    private final BookmarkRepository bookmarks;
    private final RemoteActorRepository actors;
    private final AnswerRepository answers;
    private final EventBus events;
    private final Links links;
    private final Clock clock;

    public CommentActions(
            Transactions tx,
            ThreadQueries threads,
            StatusQueries statuses,
            RemoteReactions reactions,
            RemoteActorRepository actors,
            EventBus events,
            Links links,
            Clock clock) {
        this.tx = tx;
        this.threads = threads;
        this.statuses = statuses;
        this.reactions = reactions;
        this.sent = new OutboundReactionRepository(tx);
        this.received = new ReactionRepository(tx);
        this.bookmarks = new BookmarkRepository(tx);
        this.actors = actors;
        this.answers = new AnswerRepository(tx);
        this.events = events;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Favourites or boosts comment {@code id} ({@code on}), or takes that back; twice is once.
     *
     * @throws InvalidInputException 422 for a boost of a comment with no public object elsewhere
     */
    public boolean react(long accountId, long id, RemoteReactions.Kind kind, boolean on) {
        Optional<Comment> shown = threads.shownComment(id, accountId);
        if (shown.isEmpty()) {
            return false;
        }
        Comment c = shown.get();
        if (tx.call(() -> federated(c))) {
            if (on) {
                reactions.react(accountId, c.uri(), kind);
            } else {
                reactions.undo(accountId, c.uri(), kind);
            }
        } else if (kind == RemoteReactions.Kind.BOOST) {
            // Unreblog of what was never reblogged changes nothing, as on Mastodon.
            if (on) {
                throw InvalidInputException.of(
                        "reblog",
                        c.isLocal()
                                ? "The blog's own comments cannot be boosted: they already reach every follower"
                                : "This comment has no public object on the fediverse to boost");
            }
        } else {
            keepLike(accountId, c, on);
        }
        return true;
    }

    /**
     * Deletes comment {@code id} when it is the caller's own answer, as the moderation queue's delete
     * does ({@link CommentModerated}, on which federation sends the Delete); answers the Markdown its
     * author wrote (the text of its HTML for an answer older than that), for "delete and redraft".
     * Empty when {@code id} is no comment the caller is shown.
     *
     * @throws ServiceException 404 for someone else's comment, as Mastodon answers for another's status
     */
    public Optional<String> deleteOwn(long accountId, long id) {
        Optional<Comment> shown = threads.shownComment(id, accountId);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Comment c = shown.get();
        if (!c.isLocal() || c.accountId() != accountId) {
            throw ServiceException.notFound("Status");
        }
        return Optional.of(tx.call(() -> {
            String text = threads.answerSource(c);
            if (!answers.tombstone(c.id(), clock.instant())) {
                throw ServiceException.notFound("Status");
            }
            events.raise(
                    tx,
                    new CommentModerated(c.id(), c.postId(), c.actorUri(), c.status(), CommentStatus.REJECTED, true));
            return text;
        }));
    }

    /** Bookmarks comment {@code id} ({@code on}) or takes the bookmark back; twice is once. */
    public boolean bookmark(long accountId, long id, boolean on) {
        Optional<Comment> shown = threads.shownComment(id, accountId);
        shown.ifPresent(c -> tx.run(() -> {
            if (on) {
                bookmarks.add(accountId, c.id(), clock.instant());
            } else {
                bookmarks.remove(accountId, c.id());
            }
        }));
        return shown.isPresent();
    }

    /** Mutes ({@code on}) or unmutes the thread of the post comment {@code id} is under. */
    public boolean mute(long accountId, long id, boolean on) {
        Optional<Comment> shown = threads.shownComment(id, accountId);
        shown.ifPresent(c -> {
            if (on) {
                statuses.mute(c.postId(), accountId);
            } else {
                statuses.unmute(c.postId(), accountId);
            }
        });
        return shown.isPresent();
    }

    /** Whether {@code id} is a comment the viewer is shown (pinning one is refused: it is nobody's post here). */
    public boolean isComment(long id, long viewerAccountId) {
        return threads.shownComment(id, viewerAccountId).isPresent();
    }

    /**
     * Who liked ({@code boosts} false; an emoji reaction counts as a like) or boosted comment {@code
     * id}: the blog's authors, newest first, then, for an author's answer, the people elsewhere whose
     * servers sent a Like, EmojiReact or Announce of it, newest first; at most {@link
     * StatusQueries#MAX_REACTORS}, by actor id to the cached actor (null for an author or an actor not
     * cached). Empty when {@code id} is no comment the viewer is shown.
     */
    public Optional<Map<String, RemoteActor>> reactors(long id, Long viewerAccountId, boolean boosts) {
        return threads.shownComment(id, viewerAccountId)
                .map(c -> tx.call(() -> {
                    Map<String, RemoteActor> out = new LinkedHashMap<>();
                    sent
                            .actorsOf(
                                    c.uri(),
                                    boosts ? ReactionKind.BOOST : ReactionKind.LIKE,
                                    StatusQueries.MAX_REACTORS)
                            .stream()
                            .flatMap(key -> ActorKey.parse(key).filter(ActorKey::isAuthor).stream())
                            .forEach(k -> out.put(links.authorActor(k.accountId()), null));
                    if (c.isLocal()) {
                        List<String> elsewhere = received.actorsOnComment(
                                c.id(),
                                boosts ? List.of(ReactionKind.BOOST) : List.of(ReactionKind.LIKE, ReactionKind.EMOJI),
                                StatusQueries.MAX_REACTORS);
                        elsewhere.stream()
                                .limit(Math.max(0, StatusQueries.MAX_REACTORS - out.size()))
                                .forEach(uri -> out.putIfAbsent(uri, null));
                        actors.byUris(elsewhere).forEach(a -> out.replace(a.uri(), a));
                    }
                    return out;
                }));
    }

    /** A comment from elsewhere whose author's server we know: a Like or Announce can reach it. */
    private boolean federated(Comment c) {
        return !c.isLocal()
                && (c.uri().startsWith("https://") || c.uri().startsWith("http://"))
                && actors.byUri(c.actorUri()).filter(a -> !a.isGone()).isPresent();
    }

    /** A favourite of a comment with no server to tell, kept as the author's like of its id; nothing is sent. */
    private void keepLike(long accountId, Comment c, boolean on) {
        String me = FollowingService.actorKey(accountId);
        tx.run(() -> {
            if (on) {
                sent.add(
                        me,
                        c.uri(),
                        ReactionKind.LIKE,
                        links.localCommentLike(c.postId(), c.id(), accountId),
                        clock.instant());
            } else {
                sent.remove(me, c.uri(), ReactionKind.LIKE);
            }
        });
    }
}
