package dev.kakehashi.mastodon.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.service.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class FocusPointTest {
    @Test
    void readsXAndYAsAppsSendThem() {
        assertThat(FocusPoint.parse("0.5,-0.25")).isEqualTo(new FocalPoint(0.5, -0.25));
        assertThat(FocusPoint.parse(" -1 , 1 ")).isEqualTo(new FocalPoint(-1, 1));
    }

    @Test
    void aMissingOrBlankFocusChangesNothing() {
        assertThat(FocusPoint.parse(null)).isNull();
        assertThat(FocusPoint.parse("  ")).isNull();
    }

    @Test
    void outOfRangeOrMalformedIsAFieldError() {
        for (String bad : new String[] {"2,0", "0,-1.5", "0.5", "a,b", "0,0,0", "NaN,0", ","}) {
            assertThatThrownBy(() -> FocusPoint.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("focus");
        }
    }
}
