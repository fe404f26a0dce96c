package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer("https://blog.example/");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<ScRiPt>alert(1)</sCrIpT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://ok.example/a.png\" OnLoad=\"alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<img src=\"javascript:alert(1)\">",
                "<svg onload=alert(1)><circle r=1></circle></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><script>alert(1)</script></mtext></math>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<form action=\"https://evil.example\"><input name=q><button>go</button></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<base href=\"https://evil.example/\">",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>x</details>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<img src=x:alert(1) onerror=eval(src)>",
                "<<script>script>alert(1)<</script>/script>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            })
    void knownXssVectorsLeaveNothingExecutable(String attack) {
        Document out = Jsoup.parseBodyFragment(sanitizer.sanitize(attack));
        for (Element e : out.body().getAllElements()) {
            assertThat(e.tagName())
                    .as("tag kept from %s", attack)
                    .isNotIn(
                            "script",
                            "style",
                            "iframe",
                            "object",
                            "embed",
                            "form",
                            "input",
                            "button",
                            "meta",
                            "link",
                            "base",
                            "svg",
                            "math",
                            "details",
                            "noscript");
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).as("attribute kept from %s", attack).doesNotStartWith("on");
                assertThat(a.getKey()).isNotIn("style", "srcdoc", "formaction", "background", "action");
                String value = a.getValue().toLowerCase().replaceAll("\\s", "");
                assertThat(value)
                        .as("URL kept from %s", attack)
                        .doesNotContain("javascript:")
                        .doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
            });
        }
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
