package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.service.FollowerService;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A remote actor follows one of our actors: stored as a follower, accepted at once (an Accept is
 * queued) unless the actor approves followers manually, then it waits in the admin. Following again
 * re-sends the Accept, as peers that lost it retry the Follow. A new follower (not a repeated Follow)
 * notifies the author concerned, in the same transaction as the follower row. The rules are
 * {@link FollowerService#followed}'s; this reads the Follow and resolves its actor.
 */
public final class FollowerHandler implements ActivityHandler<Inbound.Follow> {
    private final FollowerService followers;
    private final RemoteActorService remoteActors;
    private final LocalActors localActors;
    private final Predicate<ActorRef> locked;

    public FollowerHandler(
            FollowerService followers,
            RemoteActorService remoteActors,
            LocalActors localActors,
            Predicate<ActorRef> locked) {
        this.followers = followers;
        this.remoteActors = remoteActors;
        this.localActors = localActors;
        this.locked = locked;
    }

    @Override
    public void handle(Inbound.Follow activity) {
        ActorRef target = followed(activity, localActors.ids())
                .filter(ref -> localActors.summary(ref).isPresent())
                .orElseThrow(() -> new RejectedActivity("the Follow's object is not one of our actors"));
        // Fetched before the service's transaction: a network call must not hold a database connection.
        RemoteActor follower = remoteActors.resolve(activity.actorId());
        followers.followed(
                target.key(),
                target.kind() == ActorRef.Kind.AUTHOR ? target.accountId() : null,
                follower,
                locked.test(target),
                activity.from().id());
    }

    /** The local actor a Follow names; the instance actor is not followable. */
    static Optional<ActorRef> followed(Inbound.Follow activity, ActorIds ids) {
        return ids.parse(activity.object()).filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE);
    }
}
