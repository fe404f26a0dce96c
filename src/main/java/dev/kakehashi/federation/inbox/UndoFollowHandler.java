package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowerService;

/**
 * Undo of a Follow: the remote actor stops following. Matched by the actor and the followed local
 * actor, or by the Follow's id when the embedded Follow omits its object (the actor is always the
 * signer, so nobody can undo someone else's follow).
 */
public final class UndoFollowHandler implements InboxHandler {
    private final FollowerService followers;
    private final ActorIds ids;

    public UndoFollowHandler(FollowerService followers, ActorIds ids) {
        this.followers = followers;
        this.ids = ids;
    }

    /** The follow an Undo names: the followed local actor's key and/or the Follow's id. */
    record Target(String localActor, String followId) {}

    @Override
    public void handle(ReceivedActivity activity) {
        Target target = read(activity, ids);
        followers.unfollowed(activity.actorId(), target.localActor(), target.followId());
    }

    static Target read(ReceivedActivity activity, ActorIds ids) {
        JsonNode follow = activity.json().path("object");
        String followActor = Activities.actorId(follow);
        if (followActor != null && !followActor.equals(activity.actorId())) {
            throw new RejectedActivity("an actor can only undo its own Follow");
        }
        String local = follow.isObject()
                ? ids.parse(Activities.objectId(follow)).map(ActorRef::key).orElse(null)
                : null;
        String followId = Activities.idOf(follow);
        if (local == null && followId == null) {
            throw new RejectedActivity("the Undo names no Follow");
        }
        return new Target(local, followId);
    }
}
