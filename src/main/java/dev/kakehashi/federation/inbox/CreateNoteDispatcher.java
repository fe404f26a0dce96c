package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code Create} of a Note, Article or Page: once the actor is known to have written it, the post is
 * offered to every consumer (reader, comments, quotes, mentions). A post none of them takes is
 * rejected as unrelated to this site, as Mastodon drops it (INTEROP A7.4).
 */
public final class CreateNoteDispatcher implements InboxHandler {
    private final NoteConsumers consumers;

    CreateNoteDispatcher(NoteConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        JsonNode object = activity.json().get("object");
        if (!NoteAuthorship.isPost(object)) {
            throw new RejectedActivity("the object is not an embedded Note, Article or Page");
        }
        NoteAuthorship.require(activity.actorId(), object);
        boolean taken = false;
        for (NoteConsumer c : consumers.all()) {
            taken |= c.created(activity, object);
        }
        if (!taken) {
            throw new RejectedActivity("not related to this site: " + Activities.idOf(object));
        }
    }
}
