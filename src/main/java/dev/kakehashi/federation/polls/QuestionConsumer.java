package dev.kakehashi.federation.polls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.PollService;
import java.time.Clock;

/**
 * The poll of a {@code Question}, after every other consumer: whichever of them kept the post (the
 * reader for an account we follow or a public mention, the conversations for a direct one), its poll
 * is stored with it, and an Update refreshes the counts whether or not the text changed. It takes no
 * post of its own: a Question nothing else kept is still refused as unrelated.
 */
public final class QuestionConsumer implements NoteConsumer {
    private final PollService polls;
    private final Clock clock;

    public QuestionConsumer(PollService polls, Clock clock) {
        this.polls = polls;
        this.clock = clock;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        store(object);
        return false;
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        // Mastodon's poll Update carries no new `updated`: the counts change all the same.
        return store(object);
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        return false;
    }

    private boolean store(JsonNode object) {
        if (!"Question".equals(Lenient.text(object.get("type")))) {
            return false;
        }
        var poll = QuestionToPoll.of(object, clock.instant());
        String uri = Lenient.idOf(object.get("id"));
        return poll != null && uri != null && polls.remoteReceived(uri, poll);
    }
}
