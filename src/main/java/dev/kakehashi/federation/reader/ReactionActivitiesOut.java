package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import java.time.Instant;
import java.util.List;

/**
 * The Like, Announce and their Undo that an author sends about a remote post (INTEROP A9.4, A9.5).
 * The Undo embeds the whole activity it takes back: Mastodon cannot undo a Like by reference.
 */
final class ReactionActivitiesOut {
    private ReactionActivitiesOut() {}

    static Activity like(String id, String actor, String post) {
        return new Activity(null, id, ActivityType.LIKE, actor, null, null, null, post);
    }

    /** Public, like Mastodon's boost of a public post: cc the author and our followers (A7.6). */
    static Activity announce(String id, String actor, Instant published, String post, String author, String followers) {
        return new Activity(
                null,
                id,
                ActivityType.ANNOUNCE,
                actor,
                ApJson.date(published),
                List.of(Contexts.PUBLIC),
                List.of(author, followers),
                post);
    }

    static String json(Activity a) {
        return ApJson.write(withContext(a));
    }

    /** The Undo goes to whoever got the activity, so it carries the same addressing. */
    static String undoJson(Activity undone) {
        return ApJson.write(new Activity(
                List.of(Contexts.ACTIVITYSTREAMS),
                ActorIds.undoOf(undone.id()),
                ActivityType.UNDO,
                undone.actor(),
                null,
                undone.to(),
                undone.cc(),
                undone));
    }

    private static Activity withContext(Activity a) {
        return new Activity(
                List.of(Contexts.ACTIVITYSTREAMS),
                a.id(),
                a.type(),
                a.actor(),
                a.published(),
                a.to(),
                a.cc(),
                a.object());
    }
}
