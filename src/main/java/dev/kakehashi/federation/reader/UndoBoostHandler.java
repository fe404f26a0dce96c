package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.service.RemoteBoostService;

/**
 * {@code Undo} of an Announce of a remote post: the boost leaves the reader. The Announce is named
 * by its id (Mastodon, by reference or embedded), else, embedded without an id, by its object.
 * Only the booster can take it back. Anything else goes on to {@code next}.
 */
public final class UndoBoostHandler implements InboxHandler {
    private final RemoteBoostService boosts;
    private final InboxHandler next;

    /** @param next what handles an Undo that takes back no boost, or null */
    public UndoBoostHandler(RemoteBoostService boosts, InboxHandler next) {
        this.boosts = boosts;
        this.next = next;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        JsonNode object = activity.json().path("object");
        String actor = activity.actorId();
        boolean undone = false;
        String id = Activities.idOf(object);
        if (id != null) {
            undone = boosts.undone(id, actor);
        }
        if (!undone
                && object.isObject()
                && ActivityType.ANNOUNCE.is(object.path("type").asText(""))) {
            String inner = Activities.idOf(object.get("object"));
            String innerActor = Activities.actorId(object);
            if (inner != null && (innerActor == null || innerActor.equals(actor))) {
                undone = boosts.undoneOf(actor, inner);
            }
        }
        if (!undone && next != null) {
            next.handle(activity);
        }
    }
}
