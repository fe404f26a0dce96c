package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Role;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PostRenderingTest {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.891Z");
    static final Account ANN = new Account(7, "ann", "ann@blog.example", "Ann", Role.ADMIN, "x", T0);
    final PostRendering rendering = new PostRendering(new Links(URI.create("https://blog.example")));

    static Post article(String html) {
        Post p = new Post(43, ANN, PostKind.ARTICLE, T0);
        p.write(new PostContent("Title", "bridges", "md", null, null, Set.of(), List.of()), html, T0);
        return p;
    }

    @Test
    void relativeLinksAndImagesBecomeAbsoluteAgainstThePageTheArticleIsReadOn() {
        Post p = article(
                "<p><a href=\"/archive\">a</a> <a href=\"#fn1\">1</a> <img src=\"/media/x.webp\" alt=\"x\"></p>");
        rendering.render(p);
        Document doc = Jsoup.parse(p.bodyHtmlAbsolute());
        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly("https://blog.example/archive", "https://blog.example/articles/bridges#fn1");
        assertThat(doc.select("img").attr("src")).isEqualTo("https://blog.example/media/x.webp");
        assertThat(rendering.absoluteHtml(p)).isEqualTo(p.bodyHtmlAbsolute());
    }

    @Test
    void theSummaryIsStoredAsPlainTextCutAtAWord() {
        Post p = article("<p>" + "word ".repeat(100) + "</p>");
        rendering.render(p);
        assertThat(p.bodySummary())
                .hasSizeLessThanOrEqualTo(PostRendering.SUMMARY_CHARS)
                .endsWith("word…");
        assertThat(p.renderStamp()).isEqualTo(rendering.stamp());
    }

    @Test
    void aPostRenderedForAnotherBaseUrlIsRenderedAgainWhenRead() {
        Post p = article("<p><a href=\"/archive\">Old</a> text</p>");
        new PostRendering(new Links(URI.create("https://old.example"))).render(p);
        assertThat(p.bodyHtmlAbsolute()).contains("https://old.example/archive");
        assertThat(rendering.absoluteHtml(p)).contains("https://blog.example/archive");
        assertThat(rendering.summary(p)).isEqualTo("Old text");
    }

    @Test
    void aDeletedPostKeepsNoRendering() {
        Post p = article("<p>gone</p>");
        rendering.render(p);
        p.delete(T0);
        assertThat(p.bodySummary()).isNull();
        assertThat(p.bodyHtmlAbsolute()).isNull();
        assertThat(p.renderStamp()).isNull();
    }
}
