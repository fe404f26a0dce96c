package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Following;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.FollowingRepository;
import java.util.List;
import java.util.Optional;

/**
 * Which of our follows an Accept or Reject answers: by the Follow's id when the peer echoes it,
 * else by (their actor, our actor) from the embedded Follow or the inbox it came to. Some servers
 * answer with a Follow id of their own, so the id is a hint, not a requirement. Call in a
 * transaction.
 */
final class FollowMatcher {
    private final FollowingRepository following;
    private final ActorIds ids;

    FollowMatcher(FollowingRepository following, ActorIds ids) {
        this.following = following;
        this.ids = ids;
    }

    Following match(ReceivedActivity activity) {
        String them = activity.actorId();
        String followId = Activities.objectId(activity.json());
        Optional<Following> byId = followId == null ? Optional.empty() : following.byFollowActivity(followId);
        if (byId.isPresent()) {
            if (!byId.get().remoteActorUri().equals(them)) {
                throw new RejectedActivity(
                        them + " cannot answer a follow of " + byId.get().remoteActorUri());
            }
            return byId.get();
        }
        Optional<ActorRef> us = ourActor(activity);
        if (us.isPresent()) {
            return following.find(us.get().key(), them).orElseThrow(() -> notFollowing(them));
        }
        List<Following> pending = following.followersOf(them).stream()
                .filter(r -> r.state().equals(FollowingRepository.PENDING))
                .toList();
        if (pending.size() == 1) {
            return pending.get(0);
        }
        throw notFollowing(them);
    }

    private Optional<ActorRef> ourActor(ReceivedActivity activity) {
        JsonNode object = activity.json().get("object");
        if (object != null && object.isObject()) {
            Optional<ActorRef> ref = ids.parse(Activities.actorId(object));
            if (ref.isPresent()) {
                return ref;
            }
        }
        return activity.recipient() == null ? Optional.empty() : parseKey(activity.recipient());
    }

    private static Optional<ActorRef> parseKey(String key) {
        if (key.equals("blog")) {
            return Optional.of(ActorRef.BLOG);
        }
        if (key.startsWith("account:")) {
            try {
                return Optional.of(ActorRef.author(Long.parseLong(key.substring("account:".length()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static RejectedActivity notFollowing(String them) {
        return new RejectedActivity("none of our actors asked to follow " + them);
    }
}
