package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.ActivityType;
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
        table.on(ActivityType.LIKE, like).on(ActivityType.EMOJI_REACT, like).on(ActivityType.ANNOUNCE, announce);
        for (ActivityType type :
                new ActivityType[] {ActivityType.LIKE, ActivityType.EMOJI_REACT, ActivityType.ANNOUNCE}) {
            table.on(ActivityType.UNDO, type, undo);
        }
        return table.on(ActivityType.UNDO, undo);
    }
}
