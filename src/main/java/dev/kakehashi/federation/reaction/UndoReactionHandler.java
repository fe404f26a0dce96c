package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Emoji;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.ReactionService;

/**
 * {@code Undo} of a Like, EmojiReact or Announce: removes the reaction and its notification. The
 * embedded form (Mastodon's only form for Like) is matched by the inner activity's id, or, when it
 * has none, by the actor, kind and post (or author's answer). The by-reference form ({@code object} is the id, as
 * Mastodon and Pleroma undo boosts) is matched by id; an id that is no reaction goes to {@code
 * byReferenceFallback} (an Undo of a Follow by reference). Only the actor who reacted can undo
 * ({@link ReactionService#undo}).
 */
public final class UndoReactionHandler implements ActivityHandler<Inbound.Undo> {
    private final ReactionService reactions;
    private final LocalPosts posts;
    private final ActivityHandler<Inbound.Undo> byReferenceFallback;
    private final ActivityHandler<Inbound.Undo> boostsElsewhere;

    public UndoReactionHandler(
            ReactionService reactions, LocalPosts posts, ActivityHandler<Inbound.Undo> byReferenceFallback) {
        this(reactions, posts, byReferenceFallback, null);
    }

    /** @param boostsElsewhere takes an embedded Undo of an Announce that boosted no post of ours, or null */
    public UndoReactionHandler(
            ReactionService reactions,
            LocalPosts posts,
            ActivityHandler<Inbound.Undo> byReferenceFallback,
            ActivityHandler<Inbound.Undo> boostsElsewhere) {
        this.reactions = reactions;
        this.posts = posts;
        this.byReferenceFallback = byReferenceFallback;
        this.boostsElsewhere = boostsElsewhere;
    }

    @Override
    public void handle(Inbound.Undo activity) {
        Inbound.Embedded object = activity.embedded();
        String actor = activity.actorId();
        if (object == null) {
            if (!reactions.undo(activity.object(), actor) && byReferenceFallback != null) {
                byReferenceFallback.handle(activity);
            }
            return;
        }
        String type = object.type();
        if (!ActivityType.LIKE.is(type) && !ActivityType.EMOJI_REACT.is(type) && !ActivityType.ANNOUNCE.is(type)) {
            // Undo of something else without a handler of its own: nothing of ours to undo.
            return;
        }
        String innerActor = object.actorId();
        if (innerActor != null && !innerActor.equals(actor)) {
            throw new RejectedActivity("an actor can only undo its own " + type);
        }
        String innerId = object.id();
        boolean undone = (innerId != null && reactions.undo(innerId, actor)) || undoSame(object, actor);
        if (!undone && ActivityType.ANNOUNCE.is(type) && boostsElsewhere != null) {
            boostsElsewhere.handle(activity);
        }
    }

    /** Undoes the same reaction by the same actor on the same post, for an embedded activity whose id we did not keep. */
    private boolean undoSame(Inbound.Embedded inner, String actor) {
        if (inner.object() == null) {
            return false;
        }
        ReactionKind kind;
        String emoji;
        try {
            emoji = ActivityType.ANNOUNCE.is(inner.type()) ? null : Emoji.of(inner.json());
            kind = ActivityType.ANNOUNCE.is(inner.type())
                    ? ReactionKind.BOOST
                    : (emoji == null ? ReactionKind.LIKE : ReactionKind.EMOJI);
        } catch (RejectedActivity e) {
            return false;
        }
        LocalPosts.Target target = posts.resolve(inner.object());
        return switch (target.kind()) {
            case POST -> reactions.undoSame(kind, target.postId(), actor, emoji);
            case ANSWER -> reactions.undoSameOnAnswer(kind, target.answerId(), actor, emoji);
            case REMOTE, MISSING -> false;
        };
    }
}
