package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileFieldHtmlTest {
    @Test
    void aLoneWebAddressBecomesALinkThatVerifiesAsMe() {
        assertThat(ProfileFieldHtml.value("https://example.org/me"))
                .isEqualTo("<a href=\"https://example.org/me\" rel=\"me nofollow noopener\" target=\"_blank\">"
                        + "https://example.org/me</a>");
    }

    @Test
    void anythingElseIsEscapedText() {
        assertThat(ProfileFieldHtml.value("they/them <3")).isEqualTo("they/them &lt;3");
        assertThat(ProfileFieldHtml.value("see https://example.org")).isEqualTo("see https://example.org");
        assertThat(ProfileFieldHtml.value("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        assertThat(ProfileFieldHtml.value("https://x.org/\"onmouseover=\"a")).doesNotContain("\"onmouseover=\"");
    }
}
