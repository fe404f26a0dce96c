package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.OutboxService.Outbound;
import java.time.Instant;

/** Queues the Follow, and its Undo, that {@link FollowingService} decides one of our actors sends. */
public final class FollowingOutbox implements FollowingService.Outbox {
    private final OutboxService outbox;
    private final ActorIds ids;

    public FollowingOutbox(OutboxService outbox, ActorIds ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public String followId(String localActor) {
        return ids.activity(ActorRefKeys.parse(localActor), ActivityType.FOLLOW);
    }

    @Override
    public void follow(String localActor, String followId, RemoteActor target, Instant now) {
        String myId = ids.actor(ActorRefKeys.parse(localActor));
        outbox.queue(new Outbound(
                localActor,
                ActivityType.FOLLOW,
                target.uri(),
                null,
                FollowingActivities.followJson(followId, myId, target.uri()),
                target.inbox()));
    }

    @Override
    public void unfollow(String localActor, String followId, String actorUri, String inbox, Instant now) {
        ActorRef me = ActorRefKeys.parse(localActor);
        outbox.queue(new Outbound(
                localActor,
                ActivityType.UNDO,
                actorUri,
                null,
                FollowingActivities.undoJson(followId, ids.actor(me), actorUri),
                inbox));
    }
}
