package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Post;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PostToStatusTest {
    final PostToStatus convert = new PostToStatus(Fixtures.LINKS, Fixtures.RENDERING, () -> "en");

    static final List<String> STATUS_FIELDS = List.of(
            "id",
            "uri",
            "url",
            "created_at",
            "account",
            "content",
            "visibility",
            "sensitive",
            "spoiler_text",
            "media_attachments",
            "application",
            "mentions",
            "tags",
            "emojis",
            "reblogs_count",
            "favourites_count",
            "replies_count",
            "quotes_count",
            "in_reply_to_id",
            "in_reply_to_account_id",
            "reblog",
            "poll",
            "card",
            "language",
            "edited_at",
            "favourited",
            "reblogged",
            "muted",
            "bookmarked",
            "pinned",
            "filtered",
            "quote");

    @Test
    void aShortPostHasEveryStatusFieldWithStringIdsArraysAndMillisecondTimes() {
        Post p = Fixtures.note("<p>Hello <a href=\"/tags/sea\">#sea</a></p>", Set.of("sea"), List.of());
        JsonNode s = json(convert.convert(p, ACCOUNT, StatusFacts.NONE));

        assertThat(s.fieldNames()).toIterable().containsAll(STATUS_FIELDS);
        assertThat(s.get("id").isTextual()).isTrue();
        assertThat(s.get("id").asText()).isEqualTo("42");
        assertThat(s.get("uri").asText()).isEqualTo("https://blog.example/posts/42");
        assertThat(s.get("url").asText()).isEqualTo("https://blog.example/posts/42");
        assertThat(s.get("created_at").asText()).isEqualTo("2026-03-04T05:06:07.891Z");
        assertThat(s.get("spoiler_text").asText()).isEmpty();
        assertThat(s.get("spoiler_text").isNull()).isFalse();
        assertThat(s.get("visibility").asText()).isEqualTo("public");
        assertThat(s.get("account").get("acct").asText()).isEqualTo("ann");
        assertThat(s.get("content").asText()).contains("href=\"https://blog.example/tags/sea\"");
        assertThat(s.get("card").isNull()).isTrue();
        assertThat(s.get("edited_at").isNull()).isTrue();
        assertThat(s.get("in_reply_to_id").isNull()).isTrue();
        assertThat(s.has("text")).isFalse();
        for (String array : List.of("media_attachments", "mentions", "tags", "emojis", "filtered")) {
            assertThat(s.get(array).isArray()).as(array).isTrue();
        }
        assertThat(s.get("tags").get(0).get("name").asText()).isEqualTo("sea");
        assertThat(s.get("tags").get(0).get("url").asText()).isEqualTo("https://blog.example/tags/sea");
    }

    @Test
    void anArticleIsItsTitleInBoldItsExcerptAndALinkWithACardForThePermalink() {
        Post p = Fixtures.article(
                "Bridges <of> Kyoto", "Old wood & stone.", "<p>The long body.</p>", Fixtures.image(9, "a bridge"));
        JsonNode s = json(convert.convert(p, ACCOUNT, StatusFacts.NONE));

        var doc = Jsoup.parseBodyFragment(s.get("content").asText());
        assertThat(doc.select("p > strong").text()).isEqualTo("Bridges <of> Kyoto");
        assertThat(doc.text()).contains("Old wood & stone.").doesNotContain("The long body.");
        assertThat(doc.select("a").attr("href")).isEqualTo("https://blog.example/articles/bridges");
        assertThat(s.get("url").asText()).isEqualTo("https://blog.example/articles/bridges");
        assertThat(s.get("uri").asText()).isEqualTo("https://blog.example/posts/43");
        JsonNode card = s.get("card");
        assertThat(card.get("url").asText()).isEqualTo("https://blog.example/articles/bridges");
        assertThat(card.get("title").asText()).isEqualTo("Bridges <of> Kyoto");
        assertThat(card.get("description").asText()).isEqualTo("Old wood & stone.");
        assertThat(card.get("type").asText()).isEqualTo("link");
        assertThat(card.get("image").asText()).isEqualTo("https://blog.example/media/img9.webp");
    }

    @Test
    void anArticleWithoutAnExcerptShowsTheStartOfItsBody() {
        Post p = Fixtures.article("T", null, "<p>The long body.</p>", null);
        JsonNode s = json(convert.convert(p, ACCOUNT, StatusFacts.NONE));
        assertThat(Jsoup.parseBodyFragment(s.get("content").asText()).text()).contains("The long body.");
        assertThat(s.get("card").get("image").isNull()).isTrue();
    }

    @Test
    void countsFlagsReplyIdsAndKnownMentionsComeFromTheFactsLoadedForThePage() {
        Post p = Fixtures.note("<p>hi</p>", Set.of(), List.of(Fixtures.image(5, "")));
        StatusFacts facts = new StatusFacts(
                3, 2, 1, true, false, true, true, true, "77", "88", Map.of("https://social.example/users/bob", "500"));
        JsonNode s = json(convert.convert(p, ACCOUNT, facts));

        assertThat(s.get("favourites_count").asLong()).isEqualTo(3);
        assertThat(s.get("reblogs_count").asLong()).isEqualTo(2);
        assertThat(s.get("replies_count").asLong()).isEqualTo(1);
        assertThat(s.get("favourited").asBoolean()).isTrue();
        assertThat(s.get("bookmarked").asBoolean()).isTrue();
        assertThat(s.get("pinned").asBoolean()).isTrue();
        assertThat(s.get("muted").asBoolean()).isTrue();
        assertThat(s.get("in_reply_to_id").asText()).isEqualTo("77");
        assertThat(s.get("in_reply_to_account_id").asText()).isEqualTo("88");
        assertThat(s.get("mentions")).hasSize(1);
        assertThat(s.get("mentions").get(0).get("id").asText()).isEqualTo("500");
        assertThat(s.get("mentions").get(0).get("acct").asText()).isEqualTo("bob@social.example");
        assertThat(s.get("mentions").get(0).get("username").asText()).isEqualTo("bob");
        JsonNode media = s.get("media_attachments").get(0);
        assertThat(media.get("id").asText()).isEqualTo("5");
        assertThat(media.get("type").asText()).isEqualTo("image");
        assertThat(media.get("description").isNull()).isTrue();
    }

    @Test
    void aContentWarningIsTheSpoilerTextAndMakesTheStatusSensitive() {
        JsonNode s =
                json(convert.convert(Fixtures.warned("<p>The ending</p>", "Film spoilers"), ACCOUNT, StatusFacts.NONE));
        assertThat(s.get("spoiler_text").asText()).isEqualTo("Film spoilers");
        assertThat(s.get("sensitive").asBoolean()).isTrue();
        assertThat(s.get("content").asText()).isEqualTo("<p>The ending</p>");
    }

    @Test
    void deletingAnswersWithTheSourceText() {
        Post p = Fixtures.note("<p>hi</p>", Set.of(), List.of());
        JsonNode s = json(convert.convert(p, ACCOUNT, StatusFacts.NONE).withText("hi *there*"));
        assertThat(s.get("text").asText()).isEqualTo("hi *there*");
    }
}
