package dev.kakehashi.federation.polls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Poll;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuestionToPollTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Poll of(String json) throws Exception {
        return QuestionToPoll.of(JSON.readTree(json), NOW);
    }

    @Test
    void mastodonsSingleChoiceQuestionGivesOptionsCountsEndAndVoters() throws Exception {
        Poll p = of("{\"type\":\"Question\",\"endTime\":\"2026-01-02T00:00:00Z\",\"votersCount\":4,"
                + "\"oneOf\":[{\"type\":\"Note\",\"name\":\"Cats\",\"replies\":{\"type\":\"Collection\",\"totalItems\":3}},"
                + "{\"type\":\"Note\",\"name\":\"Dogs\",\"replies\":{\"type\":\"Collection\",\"totalItems\":1}}]}");
        assertThat(p.multiple()).isFalse();
        assertThat(p.options()).containsExactly(new Poll.Option("Cats", 3), new Poll.Option("Dogs", 1));
        assertThat(p.expiresAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(p.closedAt()).isNull();
        assertThat(p.votersCount()).isEqualTo(4);
    }

    @Test
    void anyOfIsMultipleChoiceAndClosedTrueClosesAtTheEnd() throws Exception {
        Poll p = of("{\"type\":\"Question\",\"endTime\":\"2026-01-02T00:00:00Z\",\"closed\":true,"
                + "\"anyOf\":[{\"name\":\"A\"},{\"name\":\"B\",\"replies\":{\"totalItems\":\"x\"}}]}");
        assertThat(p.multiple()).isTrue();
        assertThat(p.options()).containsExactly(new Poll.Option("A", 0), new Poll.Option("B", 0));
        assertThat(p.closedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void withoutVotersCountASingleChoicePollCountsItsVotes() throws Exception {
        Poll p = of(
                "{\"oneOf\":[{\"name\":\"A\",\"replies\":{\"totalItems\":2}},{\"name\":\"B\",\"replies\":{\"totalItems\":5}}]}");
        assertThat(p.votersCount()).isEqualTo(7);
    }

    @Test
    void aQuestionWithoutOptionsHasNoPoll() throws Exception {
        assertThat(of("{\"type\":\"Question\",\"oneOf\":[{\"name\":\"\"}]}")).isNull();
    }
}
