package dev.kakehashi.federation.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FediverseHtmlTest {
    @Test
    void headingsBecomeBoldParagraphs() {
        assertThat(FediverseHtml.clean("<h1 id=\"a\">Title</h1><p>x</p>", "https://b.example"))
                .isEqualTo("<p><strong>Title</strong></p><p>x</p>");
    }

    @Test
    void imagesTablesAndScriptLinksGo() {
        assertThat(FediverseHtml.clean(
                        "<p><img src=\"a.png\"><a href=\"javascript:alert(1)\">x</a></p><table><tr><td>c</td></tr></table>",
                        "https://b.example"))
                .doesNotContain("img", "table", "javascript");
    }

    @Test
    void relativeLinksBecomeAbsoluteAndCodeStays() {
        assertThat(FediverseHtml.clean(
                        "<p><a href=\"/tags/x\" rel=\"tag\">#x</a></p><pre><code>a &lt; b</code></pre>",
                        "https://b.example"))
                .isEqualTo(
                        "<p><a href=\"https://b.example/tags/x\" rel=\"tag\">#x</a></p><pre><code>a &lt; b</code></pre>");
    }
}
