package dev.kakehashi.federation.reaction;

import dev.kakehashi.federation.inbox.InboxHandlers;

/** The reaction rows of the inbox table: likes, emoji reactions, boosts, and their Undo. */
public final class ReactionSide {
    private ReactionSide() {}

    /**
     * Registers Like, EmojiReact and Announce, Undo of each (embedded), and Undo by reference
     * (whose object is a bare id, so its type is unknown until it is looked up).
     */
    public static InboxHandlers register(
            InboxHandlers table, LikeHandler like, AnnounceHandler announce, UndoReactionHandler undo) {
        table.on("Like", like).on("EmojiReact", like).on("Announce", announce);
        for (String type : new String[] {"Like", "EmojiReact", "Announce"}) {
            table.on("Undo", type, undo);
        }
        return table.on("Undo", undo);
    }
}
