package dev.kakehashi.federation.inbox.table;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.inbox.DeleteActorHandler;
import dev.kakehashi.federation.inbox.FollowerHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.UndoFollowHandler;
import dev.kakehashi.federation.inbox.UpdateActorHandler;
import dev.kakehashi.federation.moderation.BlockHandler;
import dev.kakehashi.federation.moderation.FlagHandler;
import dev.kakehashi.federation.moderation.MoveHandler;
import dev.kakehashi.federation.moderation.UndoBlockHandler;
import dev.kakehashi.federation.quote.QuoteAnswerHandler;
import dev.kakehashi.federation.quote.QuoteApprovals;
import dev.kakehashi.federation.quote.QuoteRequestHandler;
import dev.kakehashi.federation.reaction.AnnounceHandler;
import dev.kakehashi.federation.reaction.LikeHandler;
import dev.kakehashi.federation.reaction.UndoReactionHandler;
import dev.kakehashi.federation.reader.AcceptHandler;
import dev.kakehashi.federation.reader.BoostHandler;
import dev.kakehashi.federation.reader.FeaturedHandler;
import dev.kakehashi.federation.reader.RejectHandler;
import dev.kakehashi.federation.reader.UndoBoostHandler;

/**
 * Every (activity type, object type) pair Kakehashi handles, the record it is read into and its
 * handler, built here from the {@link InboxServices} (as Fedify's {@code .on(Follow, ...)} lists
 * them). To handle a new inbound activity, write its {@code ActivityHandler} (with its record, unless
 * it shares one of {@link Inbound}'s) and add one line to {@link #fill}; a type new to Kakehashi also
 * adds its {@link ActivityType} constant. A type not listed here is acknowledged and ignored.
 */
public final class InboxTable {
    private InboxTable() {}

    /** The table of the app's inbox. */
    public static InboxHandlers build(InboxServices s) {
        return fill(new InboxHandlers(), s);
    }

    /** Every pair and its handler, into {@code table} (a test's table may bind them its own way). */
    public static InboxHandlers fill(InboxHandlers table, InboxServices s) {
        var undoFollow = new UndoFollowHandler(s.followers(), s.ids());
        // An Undo by reference: a reaction, else a boost of a post elsewhere, else a Follow.
        var undoReaction = new UndoReactionHandler(
                s.reactions(),
                s.localPosts(),
                new UndoBoostHandler(s.boosts(), undoFollow),
                new UndoBoostHandler(s.boosts(), null));
        var like = new LikeHandler(s.localPosts(), s.reactions());
        var featured = new FeaturedHandler(s.pins(), s.featured());
        var notes = s.notes();
        table.sentObjects(id -> s.quotes().sentType(id))
                .on(
                        ActivityType.FOLLOW,
                        Inbound.Follow::of,
                        new FollowerHandler(s.followers(), s.remoteActors(), s.localActors(), s.locked()))
                .on(ActivityType.UNDO, ActivityType.FOLLOW, Inbound.Undo::of, undoFollow)
                // A Delete whose object is not a post: the actor itself, or a bare id (then a post).
                .on(ActivityType.DELETE, Inbound.Delete::of, new DeleteActorHandler(s.followers(), notes.delete()))
                .on(ActivityType.ACCEPT, Inbound.Answer::of, new AcceptHandler(s.followingAnswers(), s.ids()))
                .on(ActivityType.REJECT, Inbound.Answer::of, new RejectHandler(s.followingAnswers(), s.ids()))
                .on(ActivityType.DELETE, "Tombstone", Inbound.Delete::of, notes.delete())
                .on(ActivityType.LIKE, Inbound.Like::of, like)
                .on(ActivityType.EMOJI_REACT, Inbound.Like::of, like)
                .on(
                        ActivityType.ANNOUNCE,
                        Inbound.Announce::of,
                        new AnnounceHandler(s.localPosts(), s.reactions(), new BoostHandler(s.announced(), s.boosts())))
                .on(ActivityType.UNDO, ActivityType.LIKE, Inbound.Undo::of, undoReaction)
                .on(ActivityType.UNDO, ActivityType.EMOJI_REACT, Inbound.Undo::of, undoReaction)
                .on(ActivityType.UNDO, ActivityType.ANNOUNCE, Inbound.Undo::of, undoReaction)
                .on(ActivityType.UNDO, Inbound.Undo::of, undoReaction)
                .on(ActivityType.BLOCK, Inbound.Block::of, new BlockHandler(s.reports(), s.ids()))
                .on(ActivityType.UNDO, ActivityType.BLOCK, Inbound.Undo::of, new UndoBlockHandler(s.reports(), s.ids()))
                .on(ActivityType.FLAG, Inbound.Flag::of, new FlagHandler(s.reports(), s.ids()))
                .on(
                        ActivityType.MOVE,
                        Inbound.Move::of,
                        new MoveHandler(s.followers(), s.remoteActors(), s.blocklist(), s.following()))
                .on(
                        ActivityType.QUOTE_REQUEST,
                        Inbound.QuoteRequest::of,
                        new QuoteRequestHandler(
                                new QuoteApprovals(s.localPosts(), s.quotes(), s.remoteActors(), s.ids())))
                .on(
                        ActivityType.ACCEPT,
                        ActivityType.QUOTE_REQUEST,
                        Inbound.Answer::of,
                        QuoteAnswerHandler.accept(s.quotes(), s.fetcher()))
                .on(
                        ActivityType.REJECT,
                        ActivityType.QUOTE_REQUEST,
                        Inbound.Answer::of,
                        QuoteAnswerHandler.reject(s.quotes()))
                // Add and Remove of a post to the sender's featured collection (pin, unpin).
                .on(ActivityType.ADD, Inbound.CollectionEdit::of, featured)
                .on(ActivityType.REMOVE, Inbound.CollectionEdit::of, featured);
        for (String type : UpdateActorHandler.ACTOR_TYPES) {
            table.on(ActivityType.UPDATE, type, Inbound.Update::of, new UpdateActorHandler(s.remoteActors()));
        }
        // Note, Article, Page and Question, offered to each of the note consumers.
        for (String type : NoteAuthorship.POST_TYPES) {
            table.on(ActivityType.CREATE, type, Inbound.Create::of, notes.create())
                    .on(ActivityType.UPDATE, type, Inbound.Update::of, notes.update())
                    .on(ActivityType.DELETE, type, Inbound.Delete::of, notes.delete());
        }
        return table;
    }
}
