package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.ActivityType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxHandlersTest {
    private final InboxHandler follow = a -> {};
    private final InboxHandler undoFollow = a -> {};
    private final InboxHandler undo = a -> {};
    private final InboxHandlers table = new InboxHandlers()
            .on(ActivityType.FOLLOW, follow)
            .on(ActivityType.UNDO, ActivityType.FOLLOW, undoFollow)
            .on(ActivityType.UNDO, undo);

    @Test
    void theObjectTypeNarrowsThenFallsBackToTheActivityType() {
        assertThat(table.find("Follow", "Person")).containsSame(follow);
        assertThat(table.find("Undo", "Follow")).containsSame(undoFollow);
        assertThat(table.find("Undo", "Like")).containsSame(undo);
        assertThat(table.find("Undo", null)).containsSame(undo);
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
        InboxHandler acceptFollow = a -> {};
        InboxHandler acceptQuote = a -> {};
        String ours = "https://blog.example/posts/7#quote_request";
        InboxHandlers answers = new InboxHandlers()
                .on(ActivityType.ACCEPT, acceptFollow)
                .on(ActivityType.ACCEPT, ActivityType.QUOTE_REQUEST, acceptQuote)
                .sentObjects(id -> ours.equals(id) ? Optional.of(ActivityType.QUOTE_REQUEST) : Optional.empty());
        var json = new ObjectMapper();

        assertThat(answers.forActivity("Accept", json.readTree("{\"object\":\"" + ours + "\"}")))
                .containsSame(acceptQuote);
        assertThat(answers.forActivity(
                        "Accept",
                        json.readTree("{\"object\":{\"id\":\"" + ours + "\"," + "\"type\":\"QuoteRequest\"}}")))
                .containsSame(acceptQuote);
        assertThat(answers.forActivity(
                        "Accept", json.readTree("{\"object\":\"https://blog.example/users/a#follows/1\"}")))
                .containsSame(acceptFollow);
    }

    @Test
    void aPairIsRegisteredOnce() {
        assertThatThrownBy(() -> table.on(ActivityType.UNDO, "Follow", a -> {}))
                .isInstanceOf(IllegalStateException.class);
    }
}
