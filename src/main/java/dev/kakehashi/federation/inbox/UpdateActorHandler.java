package dev.kakehashi.federation.inbox;

import dev.kakehashi.federation.remote.RemoteActorService;
import java.util.List;

/**
 * Update of an actor's profile: the cached copy is refetched from its origin rather than trusting
 * the embedded document, so a key rotation or new inbox is picked up as the actor publishes it.
 */
public final class UpdateActorHandler implements ActivityHandler<Inbound.Update> {
    /** The ActivityStreams actor types peers send Updates for. */
    public static final List<String> ACTOR_TYPES = List.of("Person", "Service", "Group", "Organization", "Application");

    private final RemoteActorService remoteActors;

    public UpdateActorHandler(RemoteActorService remoteActors) {
        this.remoteActors = remoteActors;
    }

    @Override
    public void handle(Inbound.Update activity) {
        if (!activity.actorId().equals(activity.objectId())) {
            throw new RejectedActivity("an actor can only update itself");
        }
        remoteActors.refresh(activity.actorId());
    }
}
