package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer("https://blog.example/");

    @ParameterizedTest
    @MethodSource("dev.kakehashi.service.content.XssVectors#all")
    void knownXssVectorsLeaveNothingExecutable(String attack) {
        XssVectors.assertHarmless(sanitizer.sanitize(attack), attack);
    }

    @Test
    void footnotesTablesAndHeadingAnchorsSurvive() {
        String html =
                "<h2 id=\"why\">Why</h2><p>Claim<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p>"
                        + "<table><thead><tr><th align=\"left\">a</th></tr></thead><tbody><tr><td align=\"right\">b</td></tr></tbody></table>"
                        + "<section class=\"footnotes\"><ol><li id=\"fn-1\"><p>Note <a href=\"#fnref-1\">↩</a></p></li></ol></section>"
                        + "<p><del>old</del> <a href=\"https://example.com/x\">link</a> <img src=\"https://example.com/i.png\" alt=\"i\"></p>";
        Document out = Jsoup.parseBodyFragment(sanitizer.sanitize(html));
        assertThat(out.select("h2#why")).hasSize(1);
        assertThat(out.select("sup.footnote-ref a[href=#fn-1]#fnref-1")).hasSize(1);
        assertThat(out.select("th[align=left]")).hasSize(1);
        assertThat(out.select("td[align=right]")).hasSize(1);
        assertThat(out.select("section.footnotes li#fn-1 a[href=#fnref-1]")).hasSize(1);
        assertThat(out.select("del").text()).isEqualTo("old");
        assertThat(out.select("a[href=https://example.com/x]")).hasSize(1);
        assertThat(out.select("img[src=https://example.com/i.png][alt=i]")).hasSize(1);
    }

    @Test
    void relativeLinksStayRelative() {
        assertThat(sanitizer.sanitize("<a href=\"/tags/java\">java</a>")).isEqualTo("<a href=\"/tags/java\">java</a>");
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
        assertThat(sanitizer.sanitize("")).isEmpty();
    }

    @Test
    void summaryCutsAtAWordAndMarksTheCut() {
        assertThat(HtmlSanitizer.summary("<p>One two three four</p>", 100)).isEqualTo("One two three four");
        assertThat(HtmlSanitizer.summary("<p>One two three four</p>", 12)).isEqualTo("One two…");
        assertThat(HtmlSanitizer.text("<p>A <b>bold</b>\n move</p>")).isEqualTo("A bold move");
    }
}
