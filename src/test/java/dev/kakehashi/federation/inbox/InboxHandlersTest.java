package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.ActivityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxHandlersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> called = new ArrayList<>();
    private final InboxHandlers table = new InboxHandlers()
            .on(ActivityType.FOLLOW, Inbound.Follow::of, a -> called.add("follow"))
            .on(ActivityType.UNDO, ActivityType.FOLLOW, Inbound.Undo::of, a -> called.add("undo-follow"))
            .on(ActivityType.UNDO, Inbound.Undo::of, a -> called.add("undo"));

    @Test
    void theObjectTypeNarrowsThenFallsBackToTheActivityType() throws Exception {
        assertThat(reached(table.find("Follow", "Person"), "Follow")).isEqualTo("follow");
        assertThat(reached(table.find("Undo", "Follow"), "Undo")).isEqualTo("undo-follow");
        assertThat(reached(table.find("Undo", "Like"), "Undo")).isEqualTo("undo");
        assertThat(reached(table.find("Undo", null), "Undo")).isEqualTo("undo");
    }

    @Test
    void theHandlerTakesTheRecordReadFromTheActivity() throws Exception {
        List<Inbound.Follow> follows = new ArrayList<>();
        InboxHandlers one = new InboxHandlers().on(ActivityType.FOLLOW, Inbound.Follow::of, follows::add);
        one.find("Follow", null).orElseThrow().handle(activity("Follow"));
        assertThat(follows).singleElement().satisfies(f -> {
            assertThat(f.object()).isEqualTo("https://blog.example/");
            assertThat(f.actorId()).isEqualTo("https://m.example/users/a");
            assertThat(f.from().id()).isEqualTo("https://m.example/activities/1");
        });
    }

    @Test
    void aMalformedActivityIsRejectedBeforeItsHandlerRuns() throws Exception {
        InboxHandler undo = table.find("Undo", null).orElseThrow();
        var json = JSON.readTree("{\"type\":\"Undo\",\"actor\":\"https://m.example/users/a\"}");
        assertThatThrownBy(() ->
                        undo.handle(new ReceivedActivity(1, null, "Undo", "https://m.example/users/a", null, json)))
                .isInstanceOf(RejectedActivity.class)
                .hasMessage("the Undo names nothing");
        assertThat(called).isEmpty();
    }

    /** The name the found handler records when it handles an activity of {@code type}. */
    private String reached(Optional<InboxHandler> handler, String type) throws Exception {
        called.clear();
        handler.orElseThrow().handle(activity(type));
        return called.get(0);
    }

    private static ReceivedActivity activity(String type) throws Exception {
        var json = JSON.readTree("{\"id\":\"https://m.example/activities/1\",\"type\":\"" + type
                + "\",\"actor\":\"https://m.example/users/a\",\"object\":\"https://blog.example/\"}");
        return new ReceivedActivity(1, "https://m.example/activities/1", type, "https://m.example/users/a", null, json);
    }

    @Test
    void unsupportedTypesHaveNoHandler() {
        assertThat(table.find("Question", "Note")).isEmpty();
        assertThat(table.find("follow", null)).isEmpty();
        assertThat(table.find(null, null)).isEmpty();
        assertThat(table.find("Like", "Note")).isEmpty();
    }

    @Test
    void anAnswerNamingOurActivityByIdAloneIsRoutedByWhatWeSent() throws Exception {
        String ours = "https://blog.example/posts/7#quote_request";
        InboxHandlers answers = new InboxHandlers()
                .on(ActivityType.ACCEPT, Inbound.Answer::of, a -> called.add("accept-follow"))
                .on(
                        ActivityType.ACCEPT,
                        ActivityType.QUOTE_REQUEST,
                        Inbound.Answer::of,
                        a -> called.add("accept-quote"))
                .sentObjects(id -> ours.equals(id) ? Optional.of(ActivityType.QUOTE_REQUEST) : Optional.empty());

        assertThat(reachedBy(answers, "{\"object\":\"" + ours + "\"}")).isEqualTo("accept-quote");
        assertThat(reachedBy(answers, "{\"object\":{\"id\":\"" + ours + "\"," + "\"type\":\"QuoteRequest\"}}"))
                .isEqualTo("accept-quote");
        assertThat(reachedBy(answers, "{\"object\":\"https://blog.example/users/a#follows/1\"}"))
                .isEqualTo("accept-follow");
    }

    private String reachedBy(InboxHandlers answers, String body) throws Exception {
        var json = JSON.readTree(body);
        called.clear();
        answers.forActivity("Accept", json)
                .orElseThrow()
                .handle(new ReceivedActivity(1, null, "Accept", "https://m.example/users/a", null, json));
        return called.get(0);
    }

    @Test
    void aPairIsRegisteredOnce() {
        assertThatThrownBy(() -> table.on(ActivityType.UNDO, "Follow", Inbound.Undo::of, a -> {}))
                .isInstanceOf(IllegalStateException.class);
    }
}
