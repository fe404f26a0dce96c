package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import java.util.List;

/** The Follow and Undo{Follow} we send (INTEROP A9): addressed to the followed actor only. */
final class FollowingActivities {
    private FollowingActivities() {}

    static Activity follow(String followId, String actor, String followed) {
        return new Activity(null, followId, ActivityType.FOLLOW, actor, null, List.of(followed), null, followed);
    }

    static String followJson(String followId, String actor, String followed) {
        Activity f = follow(followId, actor, followed);
        return ApJson.write(new Activity(
                List.of(Contexts.ACTIVITYSTREAMS), f.id(), f.type(), f.actor(), null, f.to(), null, f.object()));
    }

    /** Mastodon matches the Undo by the embedded Follow's id, so the original id is kept. */
    static String undoJson(String followId, String actor, String followed) {
        return ApJson.write(new Activity(
                List.of(Contexts.ACTIVITYSTREAMS),
                ActorIds.undoOf(followId),
                ActivityType.UNDO,
                actor,
                null,
                List.of(followed),
                null,
                follow(followId, actor, followed)));
    }
}
