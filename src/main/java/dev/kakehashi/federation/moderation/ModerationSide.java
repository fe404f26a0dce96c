package dev.kakehashi.federation.moderation;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.inbox.InboxHandlers;

/** The moderation rows of the inbox table: Block and its Undo, Flag, and a follower's Move. */
public final class ModerationSide {
    private ModerationSide() {}

    public static InboxHandlers register(
            InboxHandlers table, BlockHandler block, UndoBlockHandler undoBlock, FlagHandler flag, MoveHandler move) {
        return table.on(ActivityType.BLOCK, block)
                .on(ActivityType.UNDO, ActivityType.BLOCK, undoBlock)
                .on(ActivityType.FLAG, flag)
                .on(ActivityType.MOVE, move);
    }
}
