package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HashtagsTest {
    private final Hashtags hashtags = new Hashtags(t -> "https://blog.example/tags/" + t);

    @Test
    void findsHashtagsButNotAnchorsNumbersOrHeadings() {
        assertThat(Hashtags.find("Off to #Kyoto with #travel_2026! See page#top, issue #12 and\n# Heading"))
                .containsExactly("kyoto", "travel_2026");
    }

    @Test
    void linksHashtagsAsMastodonDoesOutsideLinksAndCode() {
        String html = hashtags.link(
                "<p>Off to #Kyoto. <code>#notatag</code> <a href=\"https://x.example/#frag\">#inlink</a></p>");
        var doc = Jsoup.parseBodyFragment(html);
        var links = doc.select("a.hashtag");
        assertThat(links).hasSize(1);
        assertThat(links.first().attr("href")).isEqualTo("https://blog.example/tags/kyoto");
        assertThat(links.first().attr("rel")).isEqualTo("tag");
        assertThat(links.first().text()).isEqualTo("#Kyoto");
        assertThat(doc.select("code").text()).isEqualTo("#notatag");
        assertThat(doc.text()).contains("Off to #Kyoto.");
    }

    @Test
    void textWithoutHashtagsIsUnchanged() {
        assertThat(hashtags.link("<p>Plain</p>")).isEqualTo("<p>Plain</p>");
    }
}
