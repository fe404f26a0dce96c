package dev.kakehashi.service;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authors liking and boosting posts in their reader, from the admin and the Mastodon API alike, and
 * the comments from elsewhere on the blog's posts (an app acting on a comment in {@code context}).
 * The row and the queued activity are written in one transaction; a repeat changes nothing; only a
 * live post or published comment by a known author can be reacted to, and a followers-only or
 * direct post cannot be boosted (a comment is public or unlisted: others are never kept as one).
 */
public final class ReaderReactionService implements RemoteReactions {
    private static final Logger log = LoggerFactory.getLogger(ReaderReactionService.class);

    /** Queues the activities in the caller's transaction; implemented by the federation layer. */
    public interface Outbox {
        /** A fresh id for the author's Like ({@code kind} LIKE) or Announce. */
        String activityId(long accountId, Kind kind);

        /** Queues the author's Like or Announce {@code activityId} of {@code postUri}, by {@code author}. */
        void react(long accountId, Kind kind, String activityId, String postUri, RemoteActor author, Instant now);

        /** Queues the Undo of the author's Like or Announce {@code activityId}. */
        void undo(long accountId, Kind kind, String activityId, String postUri, RemoteActor author, Instant now);
    }

    private final Transactions tx;
    private final OutboundReactionRepository sent;
    private final RemotePostRepository posts;
    private final CommentRepository comments;
    private final RemoteActorRepository actors;
    private final Outbox outbox;
    private final Runnable deliveryKick;
    private final Clock clock;

    public ReaderReactionService(
            Transactions tx,
            OutboundReactionRepository sent,
            RemotePostRepository posts,
            CommentRepository comments,
            RemoteActorRepository actors,
            Outbox outbox,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.sent = sent;
        this.posts = posts;
        this.comments = comments;
        this.actors = actors;
        this.outbox = outbox;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    @Override
    public void react(long accountId, String postUri, Kind kind) {
        String me = FollowingService.actorKey(accountId);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> {
            RemoteActor author = authorOf(postUri);
            if (kind == Kind.BOOST
                    && posts.byUri(postUri).map(p -> p.isForSomeOnly()).orElse(false)) {
                // An Announce would carry a followers-only or direct post to all of our followers.
                throw new ServiceException(422, "This action is not allowed");
            }
            if (sent.find(me, postUri, stored(kind)).isPresent()) {
                return false;
            }
            String activityId = outbox.activityId(accountId, kind);
            if (!sent.add(me, postUri, stored(kind), activityId, now)) {
                return false;
            }
            outbox.react(accountId, kind, activityId, postUri, author, now);
            tx.afterCommit(deliveryKick);
            return true;
        });
        if (queued) {
            log.info("{} sent {} of {}", me, kind, postUri);
        }
    }

    @Override
    public void undo(long accountId, String postUri, Kind kind) {
        String me = FollowingService.actorKey(accountId);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> {
            RemoteActor author = authorOf(postUri);
            var row = sent.find(me, postUri, stored(kind));
            if (row.isEmpty()) {
                return false;
            }
            outbox.undo(accountId, kind, row.get().activityId(), postUri, author, now);
            sent.remove(me, postUri, stored(kind));
            tx.afterCommit(deliveryKick);
            return true;
        });
        if (queued) {
            log.info("{} took back its {} of {}", me, kind, postUri);
        }
    }

    @Override
    public Map<String, Set<Kind>> sent(long accountId, List<String> postUris) {
        Map<String, Set<Kind>> out = new LinkedHashMap<>();
        tx.call(() -> sent.of(FollowingService.actorKey(accountId), postUris))
                .forEach(r -> out.computeIfAbsent(r.remotePostUri(), k -> EnumSet.noneOf(Kind.class))
                        .add(r.kind() == ReactionKind.LIKE ? Kind.LIKE : Kind.BOOST));
        return out;
    }

    /**
     * The author of a live post in the reader, or of a published comment from elsewhere, whose inbox
     * gets the reaction; 404 otherwise.
     */
    private RemoteActor authorOf(String postUri) {
        if (postUri == null || postUri.isBlank()) {
            throw ServiceException.notFound("Post");
        }
        String actorUri = posts.byUri(postUri)
                .filter(p -> p.deletedAt() == null)
                .map(p -> p.content().actorUri())
                .or(() -> comments.byUri(postUri)
                        .filter(c -> !c.isLocal() && !c.isDeleted() && c.status() == CommentStatus.PUBLISHED)
                        .map(c -> c.actorUri()))
                .orElseThrow(() -> ServiceException.notFound("Post"));
        return actors.byUri(actorUri)
                .filter(a -> !a.isGone())
                .orElseThrow(() -> ServiceException.notFound("The post's author"));
    }

    private static ReactionKind stored(Kind kind) {
        return kind == Kind.LIKE ? ReactionKind.LIKE : ReactionKind.BOOST;
    }
}
