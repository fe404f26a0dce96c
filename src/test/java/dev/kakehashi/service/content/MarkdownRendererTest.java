package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.plugin.KakehashiPlugin;
import dev.kakehashi.plugins.markdownextras.MarkdownExtrasPlugin;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final String TABLE_AND_FOOTNOTE =
            """
            ## Results so far

            | Runtime | Start-up |
            | :--- | ---: |
            | Tomcat 11 | 1.2 s |

            It ran fast[^1] and ~~slowly~~ never. See https://example.com/docs for more.

            [^1]: Measured on a laptop.
            """;

    private final Set<String> disabled = new HashSet<>();

    private MarkdownRenderer renderer(KakehashiPlugin... plugins) {
        PluginRegistry registry = new PluginRegistry(() -> Set.copyOf(disabled));
        for (KakehashiPlugin p : plugins) {
            registry.add(p, "test");
        }
        return new MarkdownRenderer(registry, new HtmlSanitizer("https://blog.example"));
    }

    @Test
    void plainCommonMarkLeavesTablesAndFootnotesAsText() {
        Document html = Jsoup.parseBodyFragment(renderer().render(TABLE_AND_FOOTNOTE));
        assertThat(html.select("table")).isEmpty();
        assertThat(html.select("a[href=#fn-1]")).isEmpty();
        assertThat(html.text()).contains("| Runtime | Start-up |").contains("[^1]");
    }

    @Test
    void markdownExtrasRendersTablesFootnotesStrikethroughAutolinksAndAnchors() {
        Document html =
                Jsoup.parseBodyFragment(renderer(new MarkdownExtrasPlugin()).render(TABLE_AND_FOOTNOTE));
        assertThat(html.select("table thead th").eachText()).containsExactly("Runtime", "Start-up");
        assertThat(html.select("table td[align=right]").eachText()).containsExactly("1.2 s");
        assertThat(html.select("sup a[href=#fn-1]").eachText()).containsExactly("1");
        assertThat(html.select("li#fn-1").text()).contains("Measured on a laptop.");
        assertThat(html.select("a[href=#fnref-1]")).hasSize(1);
        assertThat(html.select("del").text()).isEqualTo("slowly");
        assertThat(html.select("a[href=https://example.com/docs]")).hasSize(1);
        assertThat(html.select("h2#results-so-far").text()).isEqualTo("Results so far");
    }

    @Test
    void aSingleTildeStaysText() {
        String html = renderer(new MarkdownExtrasPlugin()).render("It takes ~5 minutes, not ~10.");
        assertThat(html).doesNotContain("<del>").contains("~5 minutes, not ~10.");
    }

    @Test
    void disablingThePluginTurnsTablesBackIntoText() {
        MarkdownRenderer renderer = renderer(new MarkdownExtrasPlugin());
        assertThat(renderer.render(TABLE_AND_FOOTNOTE)).contains("<table>");
        disabled.add(MarkdownExtrasPlugin.ID);
        assertThat(renderer.render(TABLE_AND_FOOTNOTE))
                .doesNotContain("<table>")
                .contains("| Runtime |");
        disabled.clear();
        assertThat(renderer.render(TABLE_AND_FOOTNOTE)).contains("<table>");
    }

    @Test
    void rawHtmlInMarkdownIsSanitizedEvenWithExtensions() {
        String html = renderer(new MarkdownExtrasPlugin())
                .render(
                        "| a |\n| - |\n| <img src=x onerror=alert(1)> |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContain("<script");
        assertThat(Jsoup.parseBodyFragment(html).select("a[href]")).isEmpty();
        assertThat(html).contains("<table>");
    }

    @Test
    void htmlFiltersRunBeforeTheAllowlist() {
        KakehashiPlugin shortcodes = new KakehashiPlugin() {
            @Override
            public String id() {
                return "shortcodes";
            }

            @Override
            public String name() {
                return "Shortcodes";
            }

            @Override
            public void register(dev.kakehashi.plugin.Extensions extensions) {
                extensions.htmlFilter(h -> h.replace(":wave:", "👋"));
                extensions.htmlFilter(h -> h + "<script>alert('from a filter')</script>");
            }
        };
        String html = renderer(shortcodes).render("Hello :wave:");
        assertThat(html.strip()).isEqualTo("<p>Hello 👋</p>");
    }

    @Test
    void nullMarkdownRendersEmpty() {
        assertThat(renderer().render(null)).isEmpty();
    }

    @Test
    void aHugeTextWaitsForTheRenderingGateAndIsTurnedAwayWith503WhenItStaysFullWhileShortTextsStillRender()
            throws Exception {
        MarkdownRenderer markdown = renderer();
        String huge = "word ".repeat(MarkdownRenderer.HUGE_INPUT / 5 + 1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = dev.kakehashi.service.AdmissionGateTest.occupy(MarkdownRenderer.HUGE, release);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> markdown.render(huge))
                    .isInstanceOfSatisfying(
                            dev.kakehashi.service.error.OverloadedException.class,
                            e -> assertThat(e.status()).isEqualTo(503));
            assertThat(markdown.render("*short*")).contains("<em>short</em>");
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(markdown.render(huge)).startsWith("<p>word word");
    }

    @Test
    void quotesNestedThousandsDeepAreRefusedWithAClearMessageNotAStackOverflow() {
        String deep = ">".repeat(50_000) + " too deep";
        assertThatThrownBy(() -> renderer().render(deep))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("nested too deeply");
    }
}
