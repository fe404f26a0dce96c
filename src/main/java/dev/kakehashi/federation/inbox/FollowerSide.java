package dev.kakehashi.federation.inbox;

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
        table.on("Follow", follow).on("Undo", "Follow", undoFollow).on("Delete", delete);
        for (String type : UpdateActorHandler.ACTOR_TYPES) {
            table.on("Update", type, update);
        }
        return table;
    }
}
