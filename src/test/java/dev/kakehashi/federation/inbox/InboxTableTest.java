package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.ActivityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which handler each (activity, object) pair reaches in the app's one inbox table. */
class InboxTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordingInboxTable table = new RecordingInboxTable();

    @ParameterizedTest
    @CsvSource({
        "Follow, Person, follow",
        "Undo, Follow, undo",
        "Undo, Like, undo-reaction",
        "Undo, EmojiReact, undo-reaction",
        "Undo, Announce, undo-reaction",
        "Undo, Block, undo-block",
        "Accept, Follow, accept",
        "Reject, Follow, reject",
        "Like, Note, like",
        "EmojiReact, Note, like",
        "Announce, Note, announce",
        "Block, Person, block",
        "Flag, Person, flag",
        "Move, Person, move",
        "QuoteRequest, Note, quote-request",
        "Accept, QuoteRequest, accept-quote",
        "Reject, QuoteRequest, reject-quote",
        "Update, Service, update-actor",
        "Update, Group, update-actor",
        "Delete, Person, delete",
    })
    void eachPairReachesItsHandler(String type, String objectType, String handler) throws Exception {
        assertThat(table.dispatch(activity(type, "{\"type\":\"" + objectType + "\",\"id\":\"https://m.example/x\"}")))
                .isEqualTo(handler);
    }

    @Test
    void anUndoOrDeleteOfABareIdGoesToTheHandlersThatLookItUp() throws Exception {
        assertThat(table.dispatch(activity("Undo", "\"https://m.example/likes/1\"")))
                .isEqualTo("undo-reaction");
        assertThat(table.dispatch(activity("Delete", "\"https://m.example/notes/1\"")))
                .isEqualTo("delete");
    }

    @ParameterizedTest
    @CsvSource({"Note", "Article", "Page"})
    void postsGoToTheNoteConsumersDispatchers(String objectType) throws Exception {
        String object = "{\"type\":\"" + objectType
                + "\",\"id\":\"https://m.example/x\",\"attributedTo\":\"https://m.example/users/a\"}";
        List<String> seen = new ArrayList<>();
        table.notes().add(new NoteConsumer() {
            @Override
            public boolean created(Inbound.Create activity, JsonNode note) {
                return seen.add("created " + note.path("id").asText());
            }

            @Override
            public boolean updated(Inbound.Update activity, JsonNode note) {
                return seen.add("updated " + note.path("id").asText());
            }

            @Override
            public boolean deleted(String actorId, String objectId) {
                return seen.add("deleted " + objectId);
            }
        });
        for (String type : List.of("Create", "Update", "Delete")) {
            ReceivedActivity activity = activity(type, object);
            table.handler(activity).handle(activity);
        }
        ReceivedActivity tombstone = activity("Delete", "{\"type\":\"Tombstone\",\"id\":\"https://m.example/y\"}");
        table.handler(tombstone).handle(tombstone);
        assertThat(seen)
                .containsExactly(
                        "created https://m.example/x",
                        "updated https://m.example/x",
                        "deleted https://m.example/x",
                        "deleted https://m.example/y");
    }

    /** A record only its handler reads, kept in the handler's file rather than in {@link Inbound}. */
    record Ping(Inbound.Envelope from, String object) implements Inbound {
        static Ping of(ReceivedActivity activity) {
            return new Ping(
                    Inbound.Envelope.of(activity),
                    activity.json().path("object").path("id").asText());
        }
    }

    @Test
    void aHandlersOwnRecordIsReadFromTheActivityAndHandedToIt() throws Exception {
        List<String> seen = new ArrayList<>();
        ActivityHandler<Ping> handler = ping -> seen.add(ping.actorId() + " " + ping.object());
        InboxHandlers table = new InboxHandlers().on(ActivityType.LIKE, Ping::of, handler);
        ReceivedActivity like = activity("Like", "{\"type\":\"Note\",\"id\":\"https://m.example/x\"}");
        table.find("Like", "Note").orElseThrow().handle(like);
        assertThat(seen).containsExactly("https://m.example/users/a https://m.example/x");
    }

    private static ReceivedActivity activity(String type, String object) throws Exception {
        var json = JSON.readTree("{\"id\":\"https://m.example/activities/1\",\"type\":\"" + type
                + "\",\"actor\":\"https://m.example/users/a\",\"content\":\"\u2b50\","
                + "\"target\":\"https://n.example/users/a\",\"instrument\":\"https://m.example/notes/2\","
                + "\"object\":" + object + "}");
        return new ReceivedActivity(1, null, type, "https://m.example/users/a", null, json);
    }
}
