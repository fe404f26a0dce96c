package dev.kakehashi.federation.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The app's inbox table ({@link InboxTable#build}) with a handler that records its name in place of
 * each real one, for tests of which handler a peer's activity reaches.
 */
public final class RecordingInboxTable {
    private final List<String> called = new ArrayList<>();
    private final NoteConsumers notes = new NoteConsumers();
    private final InboxHandlers table = InboxTable.build(
            new InboxTable.Followers(
                    this.<Inbound.Follow>record("follow"), record("undo"), record("update-actor"), record("delete")),
            new InboxTable.Answers(record("accept"), record("reject")),
            notes,
            new InboxTable.Reactions(record("like"), record("announce"), record("undo-reaction")),
            new InboxTable.Moderation(record("block"), record("undo-block"), record("flag"), record("move")),
            new InboxTable.Quotes(
                    record("quote-request"), record("accept-quote"), record("reject-quote"), SentObjects.NONE),
            record("featured"));

    private <A extends Inbound> ActivityHandler<A> record(String name) {
        return a -> called.add(name);
    }

    /** The name of the handler {@code activity} reached; throws when the table has none for it. */
    public String dispatch(ReceivedActivity activity) {
        called.clear();
        handler(activity).handle(activity);
        return called.get(0);
    }

    /** The handler the table finds for {@code activity}. */
    public InboxHandler handler(ReceivedActivity activity) {
        return table.find(activity.type(), Activities.objectType(activity.json()))
                .orElseThrow();
    }

    /** The consumers behind the Create, Update and Delete of posts. */
    public NoteConsumers notes() {
        return notes;
    }
}
