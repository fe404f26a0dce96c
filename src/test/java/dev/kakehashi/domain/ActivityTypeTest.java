package dev.kakehashi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ActivityTypeTest {
    @Test
    void writesAndReadsTheActivityStreamsName() throws Exception {
        assertThat(ActivityType.EMOJI_REACT.asName()).isEqualTo("EmojiReact");
        assertThat(new ObjectMapper().writeValueAsString(ActivityType.EMOJI_REACT))
                .isEqualTo("\"EmojiReact\"");
        for (ActivityType t : ActivityType.values()) {
            assertThat(ActivityType.parse(t.asName())).contains(t);
        }
    }

    @Test
    void anyOtherNameIsUnsupported() {
        assertThat(ActivityType.parse("Question")).isEmpty();
        assertThat(ActivityType.parse("follow")).isEmpty();
        assertThat(ActivityType.parse("FOLLOW")).isEmpty();
        assertThat(ActivityType.parse("")).isEmpty();
        assertThat(ActivityType.parse(null)).isEmpty();
        assertThatThrownBy(() -> ActivityType.of("Question")).isInstanceOf(IllegalArgumentException.class);
    }
}
