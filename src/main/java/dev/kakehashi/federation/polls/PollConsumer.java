package dev.kakehashi.federation.polls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.PollService;
import java.util.Optional;

/**
 * Votes in our polls, around the reader: a note that names an option and answers one of our posts
 * with a poll is a vote (counted, never shown as a comment, nor kept by the reader). The poll of a
 * received {@code Question} is stored by {@link QuestionConsumer}, after every consumer.
 */
public final class PollConsumer implements NoteConsumer {
    private final NoteConsumer reader;
    private final PollService polls;
    private final ActorIds ids;

    /** @param reader the reader's consumer, which stores the posts of the accounts we follow */
    public PollConsumer(NoteConsumer reader, PollService polls, ActorIds ids) {
        this.reader = reader;
        this.polls = polls;
        this.ids = ids;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        Optional<Long> poll = votedPoll(object);
        if (poll.isPresent()) {
            polls.voteReceived(
                    poll.get(), activity.actorId(), Lenient.text(object.get("name")), Lenient.idOf(object.get("id")));
            return true;
        }
        return reader.created(activity, object);
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        return reader.updated(activity, object);
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
}
