package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.OutboxService.Outbound;
import dev.kakehashi.service.ReaderReactionService;
import dev.kakehashi.service.RemoteReactions.Kind;
import java.time.Instant;

/**
 * Queues what {@link ReaderReactionService} decides an author sends about a remote post: a Like (and
 * its Undo) to the post author's inbox; an Announce (and its Undo) to our followers and, through its
 * cc, the author (the fan-out dedupes shared inboxes).
 */
public final class ReactionOutbox implements ReaderReactionService.Outbox {
    private final OutboxService outbox;
    private final ActorIds ids;

    public ReactionOutbox(OutboxService outbox, ActorIds ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public String activityId(long accountId, Kind kind) {
        return ids.activity(ActorRef.author(accountId), kind == Kind.LIKE ? ActivityType.LIKE : ActivityType.ANNOUNCE);
    }

    @Override
    public void react(long accountId, Kind kind, String activityId, String postUri, RemoteActor author, Instant now) {
        ActorRef me = ActorRef.author(accountId);
        Activity activity = activity(me, kind, activityId, postUri, author, now);
        // A Like goes to the author; an Announce to our followers, and the author through the cc.
        String inbox = kind == Kind.LIKE ? author.inbox() : null;
        outbox.queue(
                new Outbound(me.key(), activity.type(), postUri, null, ReactionActivitiesOut.json(activity), inbox));
    }

    @Override
    public void undo(long accountId, Kind kind, String activityId, String postUri, RemoteActor author, Instant now) {
        ActorRef me = ActorRef.author(accountId);
        Activity undone = activity(me, kind, activityId, postUri, author, null);
        outbox.queue(new Outbound(
                me.key(),
                ActivityType.UNDO,
                postUri,
                null,
                ReactionActivitiesOut.undoJson(undone),
                kind == Kind.LIKE ? author.inbox() : null));
    }

    private Activity activity(ActorRef me, Kind kind, String id, String postUri, RemoteActor author, Instant at) {
        String myId = ids.actor(me);
        return kind == Kind.LIKE
                ? ReactionActivitiesOut.like(id, myId, postUri)
                : ReactionActivitiesOut.announce(id, myId, at, postUri, author.uri(), ids.followers(me));
    }
}
