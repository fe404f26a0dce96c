package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import org.junit.jupiter.api.Test;

class CommentToStatusTest {
    final CommentToStatus convert = new CommentToStatus();

    static Comment comment(Long parentId, String attachments) {
        return new Comment(
                900L,
                42L,
                parentId,
                parentId == null ? 0 : 1,
                "https://social.example/users/bob/statuses/9",
                null,
                "https://social.example/users/bob",
                "social.example",
                null,
                new CommentContent("<p>Nice post</p>", null, false, attachments, null),
                CommentStatus.values()[0],
                T0,
                null,
                T0);
    }

    @Test
    void aCommentOnThePostRepliesToThePostAndItsAuthor() {
        JsonNode s = json(convert.convert(comment(null, null), ACCOUNT, "7", StatusFacts.NONE));
        assertThat(s.fieldNames()).toIterable().containsAll(PostToStatusTest.STATUS_FIELDS);
        assertThat(s.get("id").asText()).isEqualTo("900");
        assertThat(s.get("in_reply_to_id").asText()).isEqualTo("42");
        assertThat(s.get("in_reply_to_account_id").asText()).isEqualTo("7");
        assertThat(s.get("url").asText()).isEqualTo("https://social.example/users/bob/statuses/9");
        assertThat(s.get("spoiler_text").asText()).isEmpty();
        assertThat(s.get("media_attachments").isArray()).isTrue();
    }

    @Test
    void aReplyToAnotherCommentRepliesToThatComment() {
        JsonNode s = json(convert.convert(
                comment(800L, null),
                ACCOUNT,
                "7",
                new StatusFacts(0, 0, 0, false, false, false, false, false, null, "555", null)));
        assertThat(s.get("in_reply_to_id").asText()).isEqualTo("800");
        assertThat(s.get("in_reply_to_account_id").asText()).isEqualTo("555");
    }

    @Test
    void itsAttachmentsPointAtTheRemoteFilesWithTheirAltText() {
        String json = "[{\"url\":\"https://social.example/m/1.png\",\"mediaType\":\"image/png\",\"alt\":\"a cat\","
                + "\"image\":true},{\"url\":\"https://social.example/m/2.mp3\",\"mediaType\":\"audio/mpeg\","
                + "\"alt\":\"\",\"image\":false}]";
        JsonNode media = json(convert.convert(comment(null, json), ACCOUNT, "7", StatusFacts.NONE))
                .get("media_attachments");
        assertThat(media).hasSize(2);
        assertThat(media.get(0).get("type").asText()).isEqualTo("image");
        assertThat(media.get(0).get("remote_url").asText()).isEqualTo("https://social.example/m/1.png");
        assertThat(media.get(0).get("description").asText()).isEqualTo("a cat");
        assertThat(media.get(1).get("type").asText()).isEqualTo("unknown");
        assertThat(media.get(1).get("description").isNull()).isTrue();
        assertThat(media.get(0).get("id").asText())
                .isNotEqualTo(media.get(1).get("id").asText());
    }
}
