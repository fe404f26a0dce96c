package dev.kakehashi.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import java.util.List;

/**
 * TEMPORARY, branch "reactions" only: offers incoming posts to the quote and mention {@link
 * NoteConsumer}s before the reader's handlers, until the comments branch's dispatcher over
 * NoteConsumers replaces the Create/Update/Delete handling. Delete at merge and list the consumers
 * in that dispatcher instead.
 */
final class TemporaryNoteDispatch {
    private TemporaryNoteDispatch() {}

    static InboxHandler create(List<NoteConsumer> consumers, InboxHandler reader) {
        return activity -> {
            JsonNode object = activity.json().path("object");
            boolean took = false;
            if (object.isObject() && activity.actorId().equals(Activities.idOf(object.get("attributedTo")))) {
                for (NoteConsumer c : consumers) {
                    took |= c.created(activity, object);
                }
            }
            try {
                reader.handle(activity);
            } catch (RejectedActivity e) {
                if (!took) {
                    throw e;
                }
            }
        };
    }

    static InboxHandler update(List<NoteConsumer> consumers, InboxHandler reader) {
        return activity -> {
            JsonNode object = activity.json().path("object");
            if (object.isObject() && activity.actorId().equals(Activities.idOf(object.get("attributedTo")))) {
                for (NoteConsumer c : consumers) {
                    c.updated(activity, object);
                }
            }
            reader.handle(activity);
        };
    }

    static InboxHandler delete(List<NoteConsumer> consumers, InboxHandler reader) {
        return (ReceivedActivity activity) -> {
            String objectId = Activities.objectId(activity.json());
            if (objectId != null) {
                for (NoteConsumer c : consumers) {
                    c.deleted(activity.actorId(), objectId);
                }
            }
            reader.handle(activity);
        };
    }
}
