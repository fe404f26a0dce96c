package dev.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaServletTest {
    @Test
    void aMissingFileIsNamedForWhatItsAddressSays() {
        assertThat(MediaServlet.missing("/12.png")).isEqualTo("image");
        assertThat(MediaServlet.missing("/12.mp3")).isEqualTo("audio recording");
        assertThat(MediaServlet.missing("/12.webm")).isEqualTo("video");
        assertThat(MediaServlet.missing("/12.exe")).isEqualTo("file");
        assertThat(MediaServlet.missing(null)).isEqualTo("file");
    }
}
