package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusAuthor;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusPreview;
import dev.kakehashi.domain.StatusReply;
import dev.kakehashi.domain.StatusTag;
import dev.kakehashi.domain.Visibility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusToEntityTest {
    static final StatusFacts EVERYTHING = new StatusFacts(9, 9, 9, true, true, true, true, true, null, "88", Map.of());

    static Status status(StatusKind kind, StatusAuthor author, String title, StatusPreview preview) {
        return new Status(
                31,
                kind,
                author,
                "https://social.example/s/31",
                "https://social.example/@bob/31",
                title,
                "An excerpt",
                "<p>Body</p>",
                null,
                null,
                false,
                Visibility.UNLISTED,
                "de",
                T0,
                null,
                new StatusReply(30L, null),
                List.of(new StatusAttachment(
                        "31-0",
                        RemoteMedia.Kind.VIDEO,
                        "https://files.example/v.mp4",
                        true,
                        "video/mp4",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of(new StatusTag("bridges", "https://blog.example/tags/bridges")),
                List.of(),
                new StatusCounts(1, 2, 3),
                preview);
    }

    static final StatusAuthor BOB =
            new StatusAuthor(null, "https://social.example/users/bob", "social.example", "Bob", null, null, null);

    @Test
    void theCountsReplyTargetAndTagsAreTheRecordsAndTheReadersFlagsTheFacts() {
        JsonNode s = json(StatusToEntity.convert(status(StatusKind.REMOTE_POST, BOB, null, null), ACCOUNT, EVERYTHING));

        assertThat(s.get("replies_count").asLong()).isEqualTo(1);
        assertThat(s.get("reblogs_count").asLong()).isEqualTo(2);
        assertThat(s.get("favourites_count").asLong()).isEqualTo(3);
        assertThat(s.get("in_reply_to_id").asText()).isEqualTo("30");
        assertThat(s.get("in_reply_to_account_id").asText()).isEqualTo("88");
        assertThat(s.get("visibility").asText()).isEqualTo("unlisted");
        assertThat(s.get("language").asText()).isEqualTo("de");
        assertThat(s.get("tags").get(0).get("url").asText()).isEqualTo("https://blog.example/tags/bridges");
        assertThat(s.get("media_attachments").get(0).get("type").asText()).isEqualTo("video");
        assertThat(s.get("favourited").asBoolean()).isTrue();
        assertThat(s.get("muted").asBoolean()).isTrue();
        // Only the blog's own posts can be pinned.
        assertThat(s.get("pinned").asBoolean()).isFalse();
        assertThat(s.get("content").asText()).isEqualTo("<p>Body</p>");
    }

    @Test
    void aRemoteArticlesTitleIsShownInBoldAboveItsContent() {
        JsonNode s = json(StatusToEntity.convert(
                status(StatusKind.REMOTE_POST, BOB, "A <long> read", null), ACCOUNT, EVERYTHING));

        assertThat(s.get("content").asText()).isEqualTo("<p><strong>A &lt;long&gt; read</strong></p><p>Body</p>");
    }

    @Test
    void aCommentIsNeverPinnedAndHasNoCardOrLanguageAndIsMutedWithItsPostsThread() {
        JsonNode s = json(StatusToEntity.convert(status(StatusKind.COMMENT, BOB, null, null), ACCOUNT, EVERYTHING));

        // Muting a comment mutes the thread of the post it is under; its facts carry that mute.
        assertThat(s.get("muted").asBoolean()).isTrue();
        assertThat(s.get("pinned").asBoolean()).isFalse();
        assertThat(s.get("card").isNull()).isTrue();
        assertThat(s.get("language").isNull()).isTrue();
        assertThat(s.get("media_attachments").get(0).get("preview_remote_url").asText())
                .isEqualTo("https://files.example/v.mp4");
    }

    @Test
    void anArticleIsItsTitleExcerptAndLinkWithItsPreviewAsACard() {
        StatusPreview preview = new StatusPreview(
                "https://blog.example/articles/a",
                "T",
                "An excerpt",
                null,
                0,
                0,
                "blog.example",
                "https://blog.example/");
        JsonNode s = json(StatusToEntity.convert(
                status(StatusKind.ARTICLE, StatusAuthor.local(7, "Ann", "ann"), "T", preview), ACCOUNT, EVERYTHING));

        assertThat(s.get("content").asText())
                .isEqualTo("<p><strong>T</strong></p><p>An excerpt</p><p><a href=\"https://social.example/@bob/31\">"
                        + "https://social.example/@bob/31</a></p>");
        assertThat(s.get("card").get("url").asText()).isEqualTo("https://blog.example/articles/a");
        assertThat(s.get("card").get("provider_name").asText()).isEqualTo("blog.example");
        assertThat(s.get("pinned").asBoolean()).isTrue();
    }
}
