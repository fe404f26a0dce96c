package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RemotePostToStatusTest {
    final RemotePostToStatus convert = new RemotePostToStatus();

    static RemotePost post(String type, String name, String summary, String url) {
        return new RemotePost(
                123456789L,
                new RemotePostContent(
                        "https://social.example/users/bob/statuses/1",
                        "https://social.example/users/bob",
                        type,
                        url,
                        name,
                        "<p>Hello</p>",
                        summary,
                        T0,
                        null,
                        false,
                        null,
                        null,
                        List.of(),
                        List.of()),
                null,
                T0.plusSeconds(5),
                "Bob",
                "@bob@social.example",
                null);
    }

    @Test
    void aNoteKeepsItsIdsAndItsSummaryIsTheContentWarning() {
        JsonNode s = json(convert.convert(post("Note", null, "spoilers", null), ACCOUNT, StatusFacts.NONE));
        assertThat(s.fieldNames()).toIterable().containsAll(PostToStatusTest.STATUS_FIELDS);
        assertThat(s.get("id").asText()).isEqualTo("123456789");
        assertThat(s.get("uri").asText()).isEqualTo("https://social.example/users/bob/statuses/1");
        assertThat(s.get("url").asText()).isEqualTo("https://social.example/users/bob/statuses/1");
        assertThat(s.get("spoiler_text").asText()).isEqualTo("spoilers");
        assertThat(s.get("sensitive").asBoolean()).isTrue();
        assertThat(s.get("content").asText()).isEqualTo("<p>Hello</p>");
        assertThat(s.get("created_at").asText()).isEqualTo("2026-03-04T05:06:07.891Z");
        assertThat(s.get("media_attachments").isArray()).isTrue();
    }

    @Test
    void aNoteWithoutSummaryHasAnEmptyWarningNotNull() {
        JsonNode s = json(
                convert.convert(post("Note", null, null, "https://social.example/@bob/1"), ACCOUNT, StatusFacts.NONE));
        assertThat(s.get("spoiler_text").asText()).isEmpty();
        assertThat(s.get("sensitive").asBoolean()).isFalse();
        assertThat(s.get("url").asText()).isEqualTo("https://social.example/@bob/1");
    }

    @Test
    void anArticleShowsItsNameInBoldAndItsSummaryIsNotAWarning() {
        JsonNode s =
                json(convert.convert(post("Article", "A <long> read", "An excerpt", null), ACCOUNT, StatusFacts.NONE));
        assertThat(Jsoup.parseBodyFragment(s.get("content").asText())
                        .select("p > strong")
                        .text())
                .isEqualTo("A <long> read");
        assertThat(s.get("spoiler_text").asText()).isEmpty();
    }
}
