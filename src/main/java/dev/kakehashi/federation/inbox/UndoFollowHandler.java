package dev.kakehashi.federation.inbox;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowerService;

/**
 * Undo of a Follow: the remote actor stops following. Matched by the actor and the followed local
 * actor, or by the Follow's id when the embedded Follow omits its object (the actor is always the
 * signer, so nobody can undo someone else's follow).
 */
public final class UndoFollowHandler implements ActivityHandler<Inbound.Undo> {
    private final FollowerService followers;
    private final ActorIds ids;

    public UndoFollowHandler(FollowerService followers, ActorIds ids) {
        this.followers = followers;
        this.ids = ids;
    }

    /** The follow an Undo names: the followed local actor's key and/or the Follow's id. */
    record Target(String localActor, String followId) {}

    @Override
    public void handle(Inbound.Undo activity) {
        Target target = read(activity, ids);
        followers.unfollowed(activity.actorId(), target.localActor(), target.followId());
    }

    static Target read(Inbound.Undo activity, ActorIds ids) {
        Inbound.Embedded follow = activity.embedded();
        String followActor = follow == null ? null : follow.actorId();
        if (followActor != null && !followActor.equals(activity.actorId())) {
            throw new RejectedActivity("an actor can only undo its own Follow");
        }
        String local =
                follow != null ? ids.parse(follow.object()).map(ActorRef::key).orElse(null) : null;
        String followId = activity.object();
        if (local == null && followId == null) {
            throw new RejectedActivity("the Undo names no Follow");
        }
        return new Target(local, followId);
    }
}
