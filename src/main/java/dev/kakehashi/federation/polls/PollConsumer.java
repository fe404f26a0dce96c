package dev.kakehashi.federation.polls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.PollService;
import java.time.Clock;
import java.util.Optional;

/**
 * Polls in incoming posts, around the reader: a note that names an option and answers one of our
 * posts with a poll is a vote (counted, never shown as a comment); a {@code Question} the reader
 * keeps gets its poll stored, and its Update refreshes the counts, whether or not the text changed.
 */
public final class PollConsumer implements NoteConsumer {
    private final NoteConsumer reader;
    private final PollService polls;
    private final ActorIds ids;
    private final Clock clock;

    /** @param reader the reader's consumer, which stores the posts of the accounts we follow */
    public PollConsumer(NoteConsumer reader, PollService polls, ActorIds ids, Clock clock) {
        this.reader = reader;
        this.polls = polls;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public boolean created(ReceivedActivity activity, JsonNode object) {
        Optional<Long> poll = votedPoll(object);
        if (poll.isPresent()) {
            polls.voteReceived(
                    poll.get(), activity.actorId(), Lenient.text(object.get("name")), Lenient.idOf(object.get("id")));
            return true;
        }
        boolean taken = reader.created(activity, object);
        if (taken) {
            storePoll(object);
        }
        return taken;
    }

    @Override
    public boolean updated(ReceivedActivity activity, JsonNode object) {
        boolean edited = reader.updated(activity, object);
        // Mastodon's poll Update carries no new `updated`: the counts change all the same.
        return storePoll(object) || edited;
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        return reader.deleted(actorId, objectId);
    }

    /** Our post with a poll that {@code object} votes in, if it is a vote. */
    private Optional<Long> votedPoll(JsonNode object) {
        String name = Lenient.text(object.get("name"));
        String inReplyTo = Lenient.idOf(object.get("inReplyTo"));
        if (name == null || name.isBlank() || inReplyTo == null || !"Note".equals(Lenient.text(object.get("type")))) {
            return Optional.empty();
        }
        return ids.local(inReplyTo).flatMap(l -> l.postId()).filter(polls::hasPoll);
    }

    private boolean storePoll(JsonNode object) {
        if (!"Question".equals(Lenient.text(object.get("type")))) {
            return false;
        }
        var poll = QuestionToPoll.of(object, clock.instant());
        String uri = Lenient.idOf(object.get("id"));
        return poll != null && uri != null && polls.remoteReceived(uri, poll);
    }
}
