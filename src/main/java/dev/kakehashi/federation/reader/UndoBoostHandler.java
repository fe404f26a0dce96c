package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.service.RemoteBoostService;

/**
 * {@code Undo} of an Announce of a remote post: the boost leaves the reader. The Announce is named
 * by its id (Mastodon, by reference or embedded), else, embedded without an id, by its object.
 * Only the booster can take it back. Anything else goes on to {@code next}.
 */
public final class UndoBoostHandler implements ActivityHandler<Inbound.Undo> {
    private final RemoteBoostService boosts;
    private final ActivityHandler<Inbound.Undo> next;

    /** @param next what handles an Undo that takes back no boost, or null */
    public UndoBoostHandler(RemoteBoostService boosts, ActivityHandler<Inbound.Undo> next) {
        this.boosts = boosts;
        this.next = next;
    }

    @Override
    public void handle(Inbound.Undo activity) {
        Inbound.Embedded object = activity.embedded();
        String actor = activity.actorId();
        boolean undone = false;
        String id = activity.object();
        if (id != null) {
            undone = boosts.undone(id, actor);
        }
        if (!undone && object != null && ActivityType.ANNOUNCE.is(object.type())) {
            String inner = object.object();
            String innerActor = object.actorId();
            if (inner != null && (innerActor == null || innerActor.equals(actor))) {
                undone = boosts.undoneOf(actor, inner);
            }
        }
        if (!undone && next != null) {
            next.handle(activity);
        }
    }
}
