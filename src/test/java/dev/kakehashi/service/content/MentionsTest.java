package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.PostMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MentionsTest {
    static final PostMention BOB =
            new PostMention("bob@m.example", "https://m.example/users/bob", "https://m.example/@bob");
    static final PostMention EVE =
            new PostMention("eve@127.0.0.1:8081", "http://127.0.0.1:8081/users/eve", "http://127.0.0.1:8081/users/eve");

    final List<String> asked = new ArrayList<>();
    final Mentions mentions = new Mentions((user, host) -> {
        asked.add(user + "@" + host);
        return switch (user + "@" + host) {
            case "bob@m.example" -> Optional.of(BOB);
            case "eve@127.0.0.1:8081" -> Optional.of(EVE);
            case "boom@m.example" -> throw new IllegalStateException("directory failure");
            default -> Optional.empty();
        };
    });

    @Test
    void findsHandlesButNotEmailAddressesOrProfileUrls() {
        assertThat(
                        Mentions.handles(
                                "Hi @bob@m.example, mail bob@m.example or see https://m.example/@bob@m.example and (@Eve@127.0.0.1:8081)."))
                .containsExactly("bob@m.example", "eve@127.0.0.1:8081");
    }

    @Test
    void aResolvedHandleBecomesMastodonsMentionMarkup() {
        Mentions.Linked linked = mentions.link("<p>Thanks @bob@m.example!</p>", Map.of("bob@m.example", BOB));
        Element span = Jsoup.parseBodyFragment(linked.html()).selectFirst("span.h-card");
        assertThat(span).isNotNull();
        assertThat(span.attr("translate")).isEqualTo("no");
        Element a = span.selectFirst("a.u-url.mention");
        assertThat(a.attr("href")).isEqualTo("https://m.example/@bob");
        assertThat(a.html()).isEqualTo("@<span>bob</span>");
        assertThat(Jsoup.parse(linked.html()).text()).isEqualTo("Thanks @bob!");
        assertThat(linked.mentions()).containsExactly(BOB);
    }

    @Test
    void anUnknownHandleStaysTextAndAFailingDirectoryIsNoError() {
        Map<String, PostMention> resolved =
                mentions.resolve("Hi @nobody@m.example and @boom@m.example and @bob@m.example");
        assertThat(resolved).containsOnlyKeys("bob@m.example");
        Mentions.Linked linked = mentions.link("<p>Hi @nobody@m.example and @boom@m.example</p>", resolved);
        assertThat(linked.html()).isEqualTo("<p>Hi @nobody@m.example and @boom@m.example</p>");
        assertThat(linked.mentions()).isEmpty();
    }

    @Test
    void handlesInCodeAndLinksAreLeftAlone() {
        String html = "<p><code>@bob@m.example</code> <a href=\"https://x.example\">@bob@m.example</a></p>"
                + "<pre><code>@bob@m.example</code></pre>";
        Mentions.Linked linked = mentions.link(html, Map.of("bob@m.example", BOB));
        assertThat(linked.html()).isEqualTo(html);
        assertThat(linked.mentions()).isEmpty();
    }

    @Test
    void aHandleAnAutolinkerTookForAnEmailAddressIsStillAMention() {
        // commonmark's autolink extension turns "@eve@127.0.0.1:8081" into a mailto link plus ":8081".
        String html = "<p>Hello @<a href=\"mailto:eve@127.0.0.1\">eve@127.0.0.1</a>:8081 and"
                + " <a href=\"mailto:joe@m.example\">joe@m.example</a></p>";
        Mentions.Linked linked = mentions.link(html, Map.of("eve@127.0.0.1:8081", EVE));
        var doc = Jsoup.parseBodyFragment(linked.html());
        assertThat(doc.select("a.mention").attr("href")).isEqualTo("http://127.0.0.1:8081/users/eve");
        assertThat(doc.select("a[href^=mailto:]").text()).isEqualTo("joe@m.example");
        assertThat(doc.text()).isEqualTo("Hello @eve and joe@m.example");
    }

    @Test
    void eachHandleIsLookedUpOnceAndAtMostTwentyPerText() {
        StringBuilder text = new StringBuilder("@bob@m.example @BOB@m.example ");
        for (int i = 0; i < 30; i++) {
            text.append("@u").append(i).append("@m.example ");
        }
        mentions.resolve(text.toString());
        assertThat(asked).hasSize(Mentions.MAX_RESOLVED);
        assertThat(asked.get(0)).isEqualTo("bob@m.example");
        assertThat(asked).containsOnlyOnce("bob@m.example");
    }
}
