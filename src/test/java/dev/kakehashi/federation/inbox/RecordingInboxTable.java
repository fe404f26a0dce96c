package dev.kakehashi.federation.inbox;

import dev.kakehashi.federation.inbox.table.InboxServices;
import dev.kakehashi.federation.inbox.table.InboxTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app's inbox table ({@link InboxTable#fill}) bound so that a pair records the name of the
 * handler it reaches (after reading its record, which may reject it) in place of running it, for
 * tests of which handler a peer's activity reaches. The handlers are built from no services: only
 * the note consumers are real, behind the Create, Update and Delete dispatchers of {@link #handler}.
 */
public final class RecordingInboxTable {
    /** Each handler's name in these tests, by its class. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("FollowerHandler", "follow"),
            Map.entry("UndoFollowHandler", "undo"),
            Map.entry("UpdateActorHandler", "update-actor"),
            Map.entry("DeleteActorHandler", "delete"),
            Map.entry("AcceptHandler", "accept"),
            Map.entry("RejectHandler", "reject"),
            Map.entry("LikeHandler", "like"),
            Map.entry("AnnounceHandler", "announce"),
            Map.entry("UndoReactionHandler", "undo-reaction"),
            Map.entry("BlockHandler", "block"),
            Map.entry("UndoBlockHandler", "undo-block"),
            Map.entry("FlagHandler", "flag"),
            Map.entry("MoveHandler", "move"),
            Map.entry("QuoteRequestHandler", "quote-request"),
            Map.entry("FeaturedHandler", "featured"),
            Map.entry("CreateNoteDispatcher", "create"),
            Map.entry("UpdateNoteDispatcher", "update"),
            Map.entry("DeleteNoteDispatcher", "delete-note"));

    private final List<String> called = new ArrayList<>();
    private final NoteConsumers notes = new NoteConsumers();
    private final InboxServices services = new InboxServices(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            notes);
    private final InboxHandlers recording = InboxTable.fill(
            new InboxHandlers(new InboxHandlers.Binder() {
                @Override
                public <A extends Inbound> InboxHandler bind(
                        Inbound.Reader<A> reader, ActivityHandler<? super A> handler) {
                    return activity -> {
                        reader.read(activity);
                        called.add(name(handler));
                    };
                }
            }),
            services);
    private final InboxHandlers real = InboxTable.build(services);

    private static String name(ActivityHandler<?> handler) {
        String type = handler.getClass().getSimpleName();
        if (type.equals("QuoteAnswerHandler")) {
            return handler.toString().contains("accept") ? "accept-quote" : "reject-quote";
        }
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalStateException("No name for " + type + " in the recording table");
        }
        return name;
    }

    /** The name of the handler {@code activity} reached; throws when the table has none for it. */
    public String dispatch(ReceivedActivity activity) {
        called.clear();
        find(recording, activity).handle(activity);
        return called.get(0);
    }

    /** The app's handler for {@code activity}, built from no services (the note dispatchers work). */
    public InboxHandler handler(ReceivedActivity activity) {
        return find(real, activity);
    }

    private static InboxHandler find(InboxHandlers table, ReceivedActivity activity) {
        return table.find(activity.type(), Activities.objectType(activity.json()))
                .orElseThrow();
    }

    /** The consumers behind the Create, Update and Delete of posts. */
    public NoteConsumers notes() {
        return notes;
    }
}
