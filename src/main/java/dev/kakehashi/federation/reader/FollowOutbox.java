package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.store.OutboxRepository;
import java.time.Instant;

/** Queues the Follow, and its Undo, that {@link FollowingService} decides one of our actors sends. */
public final class FollowOutbox implements FollowingService.Outbox {
    private final OutboxRepository outbox;
    private final ActorIds ids;

    public FollowOutbox(OutboxRepository outbox, ActorIds ids) {
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
        outbox.add(
                localActor,
                ActivityType.FOLLOW,
                target.uri(),
                null,
                FollowActivities.followJson(followId, myId, target.uri()),
                target.inbox(),
                now,
                now);
    }

    @Override
    public void unfollow(String localActor, String followId, String actorUri, String inbox, Instant now) {
        ActorRef me = ActorRefKeys.parse(localActor);
        outbox.add(
                localActor,
                ActivityType.UNDO,
                actorUri,
                null,
                FollowActivities.undoJson(followId, ids.actor(me), actorUri),
                inbox,
                now,
                now);
    }
}
