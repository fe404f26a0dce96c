package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinksMediaTest {
    private final Links links = new Links(URI.create("https://blog.example"));

    @Test
    void ownAbsoluteMediaUrlsBecomePathsAndOthersStay() {
        String body = "![a](https://blog.example/media/1.png) ![b](https://other.example/media/2.png)"
                + " [c](https://blog.example/posts/3)";
        assertThat(links.relativeMedia(body))
                .isEqualTo(
                        "![a](/media/1.png) ![b](https://other.example/media/2.png) [c](https://blog.example/posts/3)");
    }

    @Test
    void aMediaPathResolvesToTheMediaUrl() {
        assertThat(links.base() + Links.mediaPath("9.webp")).isEqualTo(links.media("9.webp"));
        assertThat(links.relativeMedia(null)).isNull();
    }
}
