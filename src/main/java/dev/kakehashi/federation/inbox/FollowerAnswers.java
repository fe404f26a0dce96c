package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.OutboxService;

/**
 * Queues the Accept or Reject of a follow request to the follower's inbox (INTEROP A9): the object
 * is the Follow as the follower sent it (id, type, actor, object), which Mastodon and Misskey match.
 * Call inside the transaction that changes the follower row: the outbox service queues it there, and
 * delivery is kicked after commit.
 */
public final class FollowerAnswers implements FollowerService.Answers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboxService outbox;
    private final ActorIds ids;

    public FollowerAnswers(OutboxService outbox, ActorIds ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public void queue(ActivityType type, Follower follower) {
        queue(type, FollowerRequests.ref(follower.localActor()), follower);
    }

    /** Queues {@code type} (Accept or Reject) of the follower's follow of {@code local}. */
    public void queue(ActivityType type, ActorRef local, Follower follower) {
        String actor = ids.actor(local);
        ObjectNode follow = JSON.createObjectNode();
        if (follower.followActivityId() != null) {
            follow.put("id", follower.followActivityId());
        }
        follow.put("type", ActivityType.FOLLOW.asName());
        follow.put("actor", follower.remoteActorUri());
        follow.put("object", actor);

        ObjectNode activity = JSON.createObjectNode();
        activity.put("@context", Contexts.ACTIVITYSTREAMS);
        activity.put("id", ids.activity(local, type));
        activity.put("type", type.asName());
        activity.put("actor", actor);
        activity.set("object", follow);
        String objectUri =
                follower.followActivityId() != null ? follower.followActivityId() : follower.remoteActorUri();
        outbox.queue(new OutboxService.Outbound(
                local.key(), type, objectUri, null, activity.toString(), follower.remoteInbox()));
    }
}
