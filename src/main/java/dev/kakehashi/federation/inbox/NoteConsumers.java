package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The consumers incoming posts are offered to, in the order they were added. Wiring adds one per
 * line ({@code notes.add(new QuoteConsumer(...))}) before the inbox job starts.
 */
public final class NoteConsumers {
    private final List<NoteConsumer> consumers = new CopyOnWriteArrayList<>();

    public NoteConsumers add(NoteConsumer consumer) {
        consumers.add(consumer);
        return this;
    }

    List<NoteConsumer> all() {
        return consumers;
    }

    /**
     * Registers the three dispatchers in the inbox table: Create, Update and Delete of a Note,
     * Article or Page (and Delete of a Tombstone).
     *
     * @return the Delete dispatcher, also the fallback for Deletes whose object is a bare id
     */
    public DeleteNoteDispatcher register(InboxHandlers handlers) {
        CreateNoteDispatcher create = new CreateNoteDispatcher(this);
        UpdateNoteDispatcher update = new UpdateNoteDispatcher(this);
        DeleteNoteDispatcher delete = new DeleteNoteDispatcher(this);
        for (String type : NoteAuthorship.POST_TYPES) {
            handlers.on(ActivityType.CREATE, type, create)
                    .on(ActivityType.UPDATE, type, update)
                    .on(ActivityType.DELETE, type, delete);
        }
        handlers.on(ActivityType.DELETE, "Tombstone", delete);
        return delete;
    }
}
