package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void countsPagesRoundingUp() {
        assertThat(new Page<>(List.of(), 1, 10, 0).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 1, 10, 10).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 1, 10, 11).totalPages()).isEqualTo(2);
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        Page<String> first = new Page<>(List.of("a"), 1, 1, 3);
        Page<String> middle = new Page<>(List.of("b"), 2, 1, 3);
        Page<String> last = new Page<>(List.of("c"), 3, 1, 3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void anEmptyListIsOnePageWithoutNeighbours() {
        Page<String> empty = new Page<>(List.of(), 1, 20, 0);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.hasPrevious()).isFalse();
    }
}
