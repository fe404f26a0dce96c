package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Update} of a Note, Article or Page by its author, offered to every consumer. An Update of
 * a post nobody holds is ignored, as Mastodon does.
 */
public final class UpdateNoteDispatcher implements ActivityHandler<Inbound.Update> {
    private static final Logger log = LoggerFactory.getLogger(UpdateNoteDispatcher.class);

    private final NoteConsumers consumers;

    UpdateNoteDispatcher(NoteConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public void handle(Inbound.Update activity) {
        JsonNode object = activity.object();
        if (!NoteAuthorship.isPost(object)) {
            throw new RejectedActivity("the object is not an embedded Note, Article or Page");
        }
        NoteAuthorship.require(activity.actorId(), object);
        boolean applied = false;
        for (NoteConsumer c : consumers.all()) {
            applied |= c.updated(activity, object);
        }
        if (!applied) {
            log.debug("Ignored an Update of unknown {}", Activities.idOf(object));
        }
    }
}
