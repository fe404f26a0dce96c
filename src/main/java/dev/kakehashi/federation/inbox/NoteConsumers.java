package dev.kakehashi.federation.inbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The consumers incoming posts are offered to, in the order they were added. Wiring adds one per
 * line ({@code notes.add(new QuoteConsumer(...))}) before the inbox job starts.
 */
public final class NoteConsumers {
    private final List<NoteConsumer> consumers = new CopyOnWriteArrayList<>();
    private final CreateNoteDispatcher create = new CreateNoteDispatcher(this);
    private final UpdateNoteDispatcher update = new UpdateNoteDispatcher(this);
    private final DeleteNoteDispatcher delete = new DeleteNoteDispatcher(this);

    public NoteConsumers add(NoteConsumer consumer) {
        consumers.add(consumer);
        return this;
    }

    List<NoteConsumer> all() {
        return consumers;
    }

    /** Create of a Note, Article or Page, offered to each consumer. */
    public CreateNoteDispatcher create() {
        return create;
    }

    /** Update of a Note, Article or Page, offered to each consumer. */
    public UpdateNoteDispatcher update() {
        return update;
    }

    /** Delete of a post (Tombstone, the post itself, or a bare id through the actor-Delete handler). */
    public DeleteNoteDispatcher delete() {
        return delete;
    }
}
