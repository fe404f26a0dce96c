package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;

/**
 * Every (activity type, object type) pair Kakehashi handles, and its handler, in one place (as
 * Fedify's {@code .on(Follow, ...)} does). To handle a new inbound activity, write its handler and
 * add one line to {@link #build}. The handlers come in groups, each made by the part of the wiring
 * that owns their services; a type not listed here is acknowledged and ignored.
 */
public final class InboxTable {
    private InboxTable() {}

    /** Remote actors following ours, and what they say about themselves. */
    public record Followers(
            InboxHandler follow, InboxHandler undoFollow, InboxHandler updateActor, InboxHandler deleteActor) {}

    /** Answers to our authors' follows of remote accounts. */
    public record Answers(InboxHandler accept, InboxHandler reject) {}

    /**
     * Likes, emoji reactions and boosts; {@code undo} also takes an Undo whose object is a bare id,
     * whose type is unknown until it is looked up.
     */
    public record Reactions(InboxHandler like, InboxHandler announce, InboxHandler undo) {}

    /** Blocks of our actors and their Undo, reports, and a follower's Move. */
    public record Moderation(InboxHandler block, InboxHandler undoBlock, InboxHandler flag, InboxHandler move) {}

    /**
     * Quote posts (FEP-044f): a request to quote one of our posts, and the answers to our requests
     * to quote posts from elsewhere; {@code sent} knows our requests' ids, for an answer that names
     * its request by id alone.
     */
    public record Quotes(InboxHandler request, InboxHandler accept, InboxHandler reject, SentObjects sent) {}

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
            InboxHandler featured) {
        InboxHandlers table = new InboxHandlers()
                .sentObjects(quotes.sent())
                .on(ActivityType.FOLLOW, followers.follow())
                .on(ActivityType.UNDO, ActivityType.FOLLOW, followers.undoFollow())
                // A Delete whose object is not a post: the actor itself, or a bare id (then a post).
                .on(ActivityType.DELETE, followers.deleteActor())
                .on(ActivityType.ACCEPT, answers.accept())
                .on(ActivityType.REJECT, answers.reject())
                .on(ActivityType.DELETE, "Tombstone", notes.delete())
                .on(ActivityType.LIKE, reactions.like())
                .on(ActivityType.EMOJI_REACT, reactions.like())
                .on(ActivityType.ANNOUNCE, reactions.announce())
                .on(ActivityType.UNDO, ActivityType.LIKE, reactions.undo())
                .on(ActivityType.UNDO, ActivityType.EMOJI_REACT, reactions.undo())
                .on(ActivityType.UNDO, ActivityType.ANNOUNCE, reactions.undo())
                .on(ActivityType.UNDO, reactions.undo())
                .on(ActivityType.BLOCK, moderation.block())
                .on(ActivityType.UNDO, ActivityType.BLOCK, moderation.undoBlock())
                .on(ActivityType.FLAG, moderation.flag())
                .on(ActivityType.MOVE, moderation.move())
                .on(ActivityType.QUOTE_REQUEST, quotes.request())
                .on(ActivityType.ACCEPT, ActivityType.QUOTE_REQUEST, quotes.accept())
                .on(ActivityType.REJECT, ActivityType.QUOTE_REQUEST, quotes.reject())
                .on(ActivityType.ADD, featured)
                .on(ActivityType.REMOVE, featured);
        for (String type : UpdateActorHandler.ACTOR_TYPES) {
            table.on(ActivityType.UPDATE, type, followers.updateActor());
        }
        // Note, Article and Page.
        for (String type : NoteAuthorship.POST_TYPES) {
            table.on(ActivityType.CREATE, type, notes.create())
                    .on(ActivityType.UPDATE, type, notes.update())
                    .on(ActivityType.DELETE, type, notes.delete());
        }
        return table;
    }
}
