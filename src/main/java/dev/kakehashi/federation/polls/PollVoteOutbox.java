package dev.kakehashi.federation.polls;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.PollService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our author's vote in a remote poll, as Mastodon sends one: per choice a {@code Create} of a
 * {@code Note} named for the option, answering the {@code Question}, addressed to its author only
 * and delivered to their inbox alone (delivery is woken when the vote commits).
 */
public final class PollVoteOutbox implements PollService.Outbox {
    private final OutboxService outbox;
    private final ActorIds ids;

    public PollVoteOutbox(OutboxService outbox, ActorIds ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public void vote(long accountId, String questionUri, RemoteActor author, List<String> choices, Instant now) {
        ActorRef me = ActorRef.author(accountId);
        String actor = ids.actor(me);
        for (String choice : choices) {
            String noteId = ids.vote(me);
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", noteId);
            note.put("type", "Note");
            note.put("name", choice);
            note.put("attributedTo", actor);
            note.put("inReplyTo", questionUri);
            note.put("to", List.of(author.uri()));
            Activity create = new Activity(
                    Contexts.object(),
                    ActorIds.createOf(noteId),
                    ActivityType.CREATE,
                    actor,
                    ApJson.date(now),
                    List.of(author.uri()),
                    List.of(),
                    note);
            outbox.queue(new OutboxService.Outbound(
                    me.key(), ActivityType.CREATE, noteId, null, ApJson.write(create), author.inbox()));
        }
    }
}
