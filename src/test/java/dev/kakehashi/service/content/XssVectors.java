package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Known XSS vectors (scripts, event handlers, javascript: and data: URLs, styles, frames, forms,
 * mutation tricks), shared by every test of HTML that reaches a page: posts, remote posts, comments.
 */
public final class XssVectors {
    private XssVectors() {}

    public static List<String> all() {
        return List.of(
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
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");
    }

    /** Fails when {@code html} keeps anything executable (a tag, an event handler, a script URL). */
    public static void assertHarmless(String html, String attack) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            // Pages fold content warnings in <details>; sanitized content itself has none.
            assertThat(e.tagName()).as("tag kept from %s", attack).isNotEqualTo("details");
            assertHarmless(e, attack);
        }
    }

    /** The same check on one element of a rendered page (its own tag and attributes). */
    public static void assertHarmless(Element e, String attack) {
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
