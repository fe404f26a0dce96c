package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalGetFilterTest {
    @Test
    void aRevalidationMatchesWithOrWithoutTheWeakPrefixAndAmongSeveralTags() {
        assertThat(ConditionalGetFilter.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(ConditionalGetFilter.matches("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(ConditionalGetFilter.matches("\"x\", W/\"abc\"", "W/\"abc\""))
                .isTrue();
        assertThat(ConditionalGetFilter.matches("*", "W/\"abc\"")).isTrue();
    }

    @Test
    void anotherTagOrNoneDoesNotMatch() {
        assertThat(ConditionalGetFilter.matches(null, "W/\"abc\"")).isFalse();
        assertThat(ConditionalGetFilter.matches("W/\"abd\"", "W/\"abc\"")).isFalse();
        assertThat(ConditionalGetFilter.matches("abc", "W/\"abc\"")).isFalse();
    }
}
