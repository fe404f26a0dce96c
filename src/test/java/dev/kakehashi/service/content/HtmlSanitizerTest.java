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
    void ownPlayersKeepOnlySafeAttributesAndRemoteOnesAreDropped() {
        String html = "<p><audio controls autoplay onplay=\"alert(1)\" preload=\"metadata\" src=\"/media/1.wav\">"
                + "<a href=\"/media/1.wav\">Listen</a></audio>"
                + "<video controls src=\"javascript:alert(1)\" poster=\"https://elsewhere.example/p.png\"></video></p>";
        Document own = Jsoup.parseBodyFragment(sanitizer.sanitize(html));
        assertThat(own.select("audio[src=/media/1.wav][controls][preload=metadata]"))
                .hasSize(1);
        assertThat(own.select("audio[autoplay], audio[onplay], video[poster], video[src]"))
                .isEmpty();
        assertThat(own.select("video[controls]")).hasSize(1);
        Document remote = Jsoup.parseBodyFragment(sanitizer.sanitizeRemote(html));
        assertThat(remote.select("audio, video")).isEmpty();
        assertThat(remote.select("a[href=/media/1.wav]").text()).isEqualTo("Listen");
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

    @ParameterizedTest
    @MethodSource("dev.kakehashi.service.content.XssVectors#all")
    void knownXssVectorsLeaveNothingExecutableInRemoteHtml(String attack) {
        XssVectors.assertHarmless(sanitizer.sanitizeRemote(attack), attack);
    }

    @Test
    void remoteHtmlLosesIdsAndNamesSoItCannotHijackOurAnchorsOrClobberTheDom() {
        String html = sanitizer.sanitizeRemote(
                "<p><a id=\"comments\" name=\"csrf\" href=\"https://x.example/\">a</a></p><h2 id=\"fn1\">h</h2>"
                        + "<ol><li id=\"fnref1\">n</li></ol><img name=\"forms\" src=\"https://x.example/i.png\">");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("[id], [name]")).as(html).isEmpty();
        assertThat(doc.select("a[href], h2, li, img[src]")).hasSize(4);
    }

    @Test
    void remoteHtmlNestedHundredThousandDeepIsFlattenedAndSmall() {
        String html = sanitizer.sanitizeRemote("<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000));
        assertThat(html.length()).as("stored size").isLessThan(1_000);
        // Within the size limit, the text at the bottom survives the flattening.
        String within = sanitizer.sanitizeRemote("<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000));
        assertThat(within.length()).isLessThan(1_000);
        assertThat(Jsoup.parseBodyFragment(within).text()).isEqualTo("deep text");
    }

    @Test
    void remoteHtmlKeepsTheTextOfWhatIsNestedTooDeeplyAndItsShallowFormatting() {
        String html = sanitizer.sanitizeRemote(
                "<p><b>bold</b> " + "<span>".repeat(40) + "a<i>b</i>c" + "</span>".repeat(40) + "</p>");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("b").text()).isEqualTo("bold");
        assertThat(doc.text()).isEqualTo("bold abc");
        assertThat(doc.select("i"))
                .as("formatting past the depth limit is dropped")
                .isEmpty();
    }

    @Test
    void remoteHtmlIsCutToItsSizeLimit() {
        String html = sanitizer.sanitizeRemote("<p>" + "x".repeat(HtmlSanitizer.REMOTE_MAX_CHARS * 2) + "</p>");
        assertThat(Jsoup.parseBodyFragment(html).text()).hasSize(HtmlSanitizer.REMOTE_MAX_CHARS - 3);
    }

    @Test
    void ourOwnHtmlKeepsItsAnchors() {
        assertThat(sanitizer.sanitize("<h2 id=\"intro\">Intro</h2>")).contains("id=\"intro\"");
    }
}
