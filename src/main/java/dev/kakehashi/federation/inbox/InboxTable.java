package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;

/**
 * Every (activity type, object type) pair Kakehashi handles, the record it is read into and its
 * handler, in one place (as Fedify's {@code .on(Follow, ...)} does). To handle a new inbound
 * activity, write its record in {@link Inbound} and its {@link ActivityHandler}, and add one line to
 * {@link #build}. The handlers come in groups, each made by the part of the wiring that owns their
 * services; a type not listed here is acknowledged and ignored.
 */
public final class InboxTable {
    private InboxTable() {}

    /** Remote actors following ours, and what they say about themselves. */
    public record Followers(
            ActivityHandler<Inbound.Follow> follow,
            ActivityHandler<Inbound.Undo> undoFollow,
            ActivityHandler<Inbound.Update> updateActor,
            ActivityHandler<Inbound.Delete> deleteActor) {}

    /** Answers to our authors' follows of remote accounts. */
    public record Answers(ActivityHandler<Inbound.Answer> accept, ActivityHandler<Inbound.Answer> reject) {}

    /**
     * Likes, emoji reactions and boosts; {@code undo} also takes an Undo whose object is a bare id,
     * whose type is unknown until it is looked up.
     */
    public record Reactions(
            ActivityHandler<Inbound.Like> like,
            ActivityHandler<Inbound.Announce> announce,
            ActivityHandler<Inbound.Undo> undo) {}

    /** Blocks of our actors and their Undo, reports, and a follower's Move. */
    public record Moderation(
            ActivityHandler<Inbound.Block> block,
            ActivityHandler<Inbound.Undo> undoBlock,
            ActivityHandler<Inbound.Flag> flag,
            ActivityHandler<Inbound.Move> move) {}

    /**
     * Quote posts (FEP-044f): a request to quote one of our posts, and the answers to our requests
     * to quote posts from elsewhere; {@code sent} knows our requests' ids, for an answer that names
     * its request by id alone.
     */
    public record Quotes(
            ActivityHandler<Inbound.QuoteRequest> request,
            ActivityHandler<Inbound.Answer> accept,
            ActivityHandler<Inbound.Answer> reject,
            SentObjects sent) {}

    /**
     * The table.
     *
     * @param notes the consumers of incoming posts, behind the Create, Update and Delete dispatchers
     * @param featured Add and Remove of a post to the sender's featured collection (pin, unpin)
     */
    public static InboxHandlers build(
            Followers followers,
            Answers answers,
            NoteConsumers notes,
            Reactions reactions,
            Moderation moderation,
            Quotes quotes,
            ActivityHandler<Inbound.CollectionEdit> featured) {
        InboxHandlers table = new InboxHandlers()
                .sentObjects(quotes.sent())
                .on(ActivityType.FOLLOW, Inbound.Follow::of, followers.follow())
                .on(ActivityType.UNDO, ActivityType.FOLLOW, Inbound.Undo::of, followers.undoFollow())
                // A Delete whose object is not a post: the actor itself, or a bare id (then a post).
                .on(ActivityType.DELETE, Inbound.Delete::of, followers.deleteActor())
                .on(ActivityType.ACCEPT, Inbound.Answer::of, answers.accept())
                .on(ActivityType.REJECT, Inbound.Answer::of, answers.reject())
                .on(ActivityType.DELETE, "Tombstone", Inbound.Delete::of, notes.delete())
                .on(ActivityType.LIKE, Inbound.Like::of, reactions.like())
                .on(ActivityType.EMOJI_REACT, Inbound.Like::of, reactions.like())
                .on(ActivityType.ANNOUNCE, Inbound.Announce::of, reactions.announce())
                .on(ActivityType.UNDO, ActivityType.LIKE, Inbound.Undo::of, reactions.undo())
                .on(ActivityType.UNDO, ActivityType.EMOJI_REACT, Inbound.Undo::of, reactions.undo())
                .on(ActivityType.UNDO, ActivityType.ANNOUNCE, Inbound.Undo::of, reactions.undo())
                .on(ActivityType.UNDO, Inbound.Undo::of, reactions.undo())
                .on(ActivityType.BLOCK, Inbound.Block::of, moderation.block())
                .on(ActivityType.UNDO, ActivityType.BLOCK, Inbound.Undo::of, moderation.undoBlock())
                .on(ActivityType.FLAG, Inbound.Flag::of, moderation.flag())
                .on(ActivityType.MOVE, Inbound.Move::of, moderation.move())
                .on(ActivityType.QUOTE_REQUEST, Inbound.QuoteRequest::of, quotes.request())
                .on(ActivityType.ACCEPT, ActivityType.QUOTE_REQUEST, Inbound.Answer::of, quotes.accept())
                .on(ActivityType.REJECT, ActivityType.QUOTE_REQUEST, Inbound.Answer::of, quotes.reject())
                .on(ActivityType.ADD, Inbound.CollectionEdit::of, featured)
                .on(ActivityType.REMOVE, Inbound.CollectionEdit::of, featured);
        for (String type : UpdateActorHandler.ACTOR_TYPES) {
            table.on(ActivityType.UPDATE, type, Inbound.Update::of, followers.updateActor());
        }
        // Note, Article and Page.
        for (String type : NoteAuthorship.POST_TYPES) {
            table.on(ActivityType.CREATE, type, Inbound.Create::of, notes.create())
                    .on(ActivityType.UPDATE, type, Inbound.Update::of, notes.update())
                    .on(ActivityType.DELETE, type, Inbound.Delete::of, notes.delete());
        }
        return table;
    }
}
