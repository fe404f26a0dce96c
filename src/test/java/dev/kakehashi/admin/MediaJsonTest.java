package dev.kakehashi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaJsonTest {
    @Test
    void altTextCannotBreakOutOfTheMarkdownImage() {
        assertThat(MediaJson.escapeAlt("a [link](x) \\ here")).isEqualTo("a \\[link\\](x) \\\\ here");
        assertThat(MediaJson.escapeAlt("two\n\nlines")).isEqualTo("two lines");
    }
}
