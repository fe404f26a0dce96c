package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.OutboxRepository;
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
 * Authors liking and boosting posts in their reader. The row and the queued activity are written in
 * one transaction, and the outbox delivers it: a Like (and its Undo) to the post author's inbox; an
 * Announce (and its Undo) to our followers and, through its cc, the author (the fan-out dedupes
 * shared inboxes).
 */
public final class OutboundReactionService implements RemoteReactions {
    private static final Logger log = LoggerFactory.getLogger(OutboundReactionService.class);

    private final Transactions tx;
    private final OutboundReactionRepository sent;
    private final RemotePostRepository posts;
    private final RemoteActorRepository actors;
    private final OutboxRepository outbox;
    private final ActorIds ids;
    private final Runnable deliveryKick;
    private final Clock clock;

    public OutboundReactionService(
            Transactions tx,
            OutboundReactionRepository sent,
            RemotePostRepository posts,
            RemoteActorRepository actors,
            OutboxRepository outbox,
            ActorIds ids,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.sent = sent;
        this.posts = posts;
        this.actors = actors;
        this.outbox = outbox;
        this.ids = ids;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    @Override
    public void react(long accountId, String postUri, Kind kind) {
        ActorRef me = ActorRef.author(accountId);
        String myId = ids.actor(me);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> {
            RemoteActor author = authorOf(postUri);
            if (kind == Kind.BOOST && posts.byUri(postUri).orElseThrow().isForSomeOnly()) {
                // An Announce would carry a followers-only or direct post to all of our followers.
                throw new ServiceException(422, "This action is not allowed");
            }
            if (sent.find(me.key(), postUri, stored(kind)).isPresent()) {
                return false;
            }
            Activity activity;
            String inbox;
            if (kind == Kind.LIKE) {
                activity = ReactionActivitiesOut.like(ids.activity(me, ActivityType.LIKE), myId, postUri);
                inbox = author.inbox();
            } else {
                activity = ReactionActivitiesOut.announce(
                        ids.activity(me, ActivityType.ANNOUNCE), myId, now, postUri, author.uri(), ids.followers(me));
                inbox = null; // followers, and the author through the cc
            }
            if (!sent.add(me.key(), postUri, stored(kind), activity.id(), now)) {
                return false;
            }
            outbox.add(me.key(), activity.type(), postUri, null, ReactionActivitiesOut.json(activity), inbox, now, now);
            tx.afterCommit(deliveryKick);
            return true;
        });
        if (queued) {
            log.info("{} sent {} of {}", me.key(), kind, postUri);
        }
    }

    @Override
    public void undo(long accountId, String postUri, Kind kind) {
        ActorRef me = ActorRef.author(accountId);
        String myId = ids.actor(me);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> {
            RemoteActor author = authorOf(postUri);
            var row = sent.find(me.key(), postUri, stored(kind));
            if (row.isEmpty()) {
                return false;
            }
            String id = row.get().activityId();
            Activity undone = kind == Kind.LIKE
                    ? ReactionActivitiesOut.like(id, myId, postUri)
                    : ReactionActivitiesOut.announce(id, myId, null, postUri, author.uri(), ids.followers(me));
            outbox.add(
                    me.key(),
                    ActivityType.UNDO,
                    postUri,
                    null,
                    ReactionActivitiesOut.undoJson(undone),
                    kind == Kind.LIKE ? author.inbox() : null,
                    now,
                    now);
            sent.remove(me.key(), postUri, stored(kind));
            tx.afterCommit(deliveryKick);
            return true;
        });
        if (queued) {
            log.info("{} took back its {} of {}", me.key(), kind, postUri);
        }
    }

    @Override
    public Map<String, Set<Kind>> sent(long accountId, List<String> postUris) {
        Map<String, Set<Kind>> out = new LinkedHashMap<>();
        tx.call(() -> sent.of(ActorRef.author(accountId).key(), postUris))
                .forEach(r -> out.computeIfAbsent(r.remotePostUri(), k -> EnumSet.noneOf(Kind.class))
                        .add(r.kind() == ReactionKind.LIKE ? Kind.LIKE : Kind.BOOST));
        return out;
    }

    /** The author of a live post in the reader, whose inbox gets the reaction; 404 otherwise. */
    private RemoteActor authorOf(String postUri) {
        if (postUri == null || postUri.isBlank()) {
            throw ServiceException.notFound("Post");
        }
        var post = posts.byUri(postUri)
                .filter(p -> p.deletedAt() == null)
                .orElseThrow(() -> ServiceException.notFound("Post"));
        return actors.byUri(post.content().actorUri())
                .filter(a -> !a.isGone())
                .orElseThrow(() -> ServiceException.notFound("The post's author"));
    }

    private static ReactionKind stored(Kind kind) {
        return kind == Kind.LIKE ? ReactionKind.LIKE : ReactionKind.BOOST;
    }
}
