package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.service.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollInputTest {
    private static PollInput poll(List<String> options, long seconds) {
        return new PollInput(options, Duration.ofSeconds(seconds), false, false);
    }

    @Test
    void twoToFourOptionsOpenFiveMinutesToAMonthAreAccepted() {
        assertThat(poll(List.of(" a ", "b"), 300).checked().options()).containsExactly("a", "b");
        assertThat(poll(List.of("a", "b", "c", "d"), 2_629_746).checked().options())
                .hasSize(4);
    }

    @Test
    void refusalsUseMastodonsWords() {
        assertThatThrownBy(() -> poll(List.of("a"), 600).checked())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must have more than one item");
        assertThatThrownBy(() -> poll(List.of("a", "b", "c", "d", "e"), 600).checked())
                .hasMessageContaining("can't contain more than 4 items");
        assertThatThrownBy(() -> poll(List.of("x".repeat(51), "b"), 600).checked())
                .hasMessageContaining("cannot be longer than 50 characters each");
        assertThatThrownBy(() -> poll(List.of("a", "a"), 600).checked()).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> poll(List.of("a", "b"), 299).checked()).hasMessageContaining("too soon");
        assertThatThrownBy(() -> poll(List.of("a", "b"), 2_629_747).checked())
                .hasMessageContaining("too far into the future");
        assertThatThrownBy(() -> new PollInput(List.of("a", "b"), null, false, false).checked())
                .hasMessageContaining("expires in");
    }

    @Test
    void anOptionIsCountedInCharactersNotUtf16Units() {
        String emoji = "😀".repeat(50);
        assertThat(poll(List.of(emoji, "b"), 600).checked().options()).hasSize(2);
    }

    @Test
    void thePollOpensWithNoVotesAndEndsAfterItsDuration() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Poll p = poll(List.of("a", "b"), 600).toPoll(7, 9, start);
        assertThat(p.expiresAt()).isEqualTo(start.plusSeconds(600));
        assertThat(p.votesCount()).isZero();
        assertThat(p.expired(start.plusSeconds(599))).isFalse();
        assertThat(p.expired(start.plusSeconds(600))).isTrue();
    }
}
