package dev.kakehashi.federation.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.PostObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollToQuestionTest {
    private static final Instant END = Instant.parse("2026-01-02T00:00:00Z");

    private static PostObject note() {
        return new PostObject(
                null,
                "https://blog.example/posts/1",
                "Note",
                "https://blog.example/actors/2",
                null,
                null,
                "<p>Tea?</p>",
                Map.of("en", "<p>Tea?</p>"),
                "https://blog.example/posts/1",
                null,
                "2026-01-01T00:00:00Z",
                null,
                List.of("https://www.w3.org/ns/activitystreams#Public"),
                List.of(),
                false,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static JsonNode json(Object o) throws Exception {
        return new ObjectMapper().readTree(ApJson.write(o));
    }

    @Test
    void aPostWithoutAPollStaysANote() throws Exception {
        assertThat(json(PollToQuestion.of(note(), null)).path("type").asText()).isEqualTo("Note");
    }

    @Test
    void aSingleChoicePollIsAQuestionWithOneOfAndTheNotesOwnProperties() throws Exception {
        Poll poll = new Poll(
                5,
                1L,
                null,
                List.of(new Poll.Option("Tea", 2), new Poll.Option("Coffee", 1)),
                false,
                false,
                END,
                null,
                3);
        JsonNode q = json(PollToQuestion.of(note(), poll));
        assertThat(q.path("type").asText()).isEqualTo("Question");
        assertThat(q.path("id").asText()).isEqualTo("https://blog.example/posts/1");
        assertThat(q.path("content").asText()).isEqualTo("<p>Tea?</p>");
        assertThat(q.path("oneOf").findValuesAsText("name")).containsExactly("Tea", "Coffee");
        assertThat(q.path("oneOf").get(0).path("type").asText()).isEqualTo("Note");
        assertThat(q.path("oneOf").get(0).path("replies").path("totalItems").asInt())
                .isEqualTo(2);
        assertThat(q.has("anyOf")).isFalse();
        assertThat(q.path("endTime").asText()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(q.has("closed")).isFalse();
        assertThat(q.path("votersCount").asInt()).isEqualTo(3);
    }

    @Test
    void aMultipleChoicePollUsesAnyOfAndAClosedOneSaysWhen() throws Exception {
        Poll poll = new Poll(
                5,
                1L,
                null,
                List.of(new Poll.Option("A", 1), new Poll.Option("B", 1)),
                true,
                false,
                END,
                END.plusSeconds(4),
                1);
        JsonNode q = json(PollToQuestion.of(note(), poll));
        assertThat(q.path("anyOf").size()).isEqualTo(2);
        assertThat(q.has("oneOf")).isFalse();
        assertThat(q.path("closed").asText()).isEqualTo("2026-01-02T00:00:04Z");
    }
}
