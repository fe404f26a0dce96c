package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;

/** The follower side's rows of the inbox table: who follows our actors, and who they are. */
public final class FollowerSide {
    private FollowerSide() {}

    /**
     * Registers Follow, Undo of a Follow, Delete (of an actor; other Deletes go to the handler's
     * fallback) and Update of any actor type.
     */
    public static InboxHandlers register(
            InboxHandlers table,
            InboxHandler follow,
            InboxHandler undoFollow,
            InboxHandler delete,
            InboxHandler update) {
        table.on(ActivityType.FOLLOW, follow)
                .on(ActivityType.UNDO, ActivityType.FOLLOW, undoFollow)
                .on(ActivityType.DELETE, delete);
        for (String type : UpdateActorHandler.ACTOR_TYPES) {
            table.on(ActivityType.UPDATE, type, update);
        }
        return table;
    }
}
