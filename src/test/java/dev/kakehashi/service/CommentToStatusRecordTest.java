package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.Visibility;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentToStatusRecordTest {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");

    static Comment comment(Long parentId, String url, String attachments) {
        return new Comment(
                900L,
                42L,
                parentId,
                parentId == null ? 0 : 1,
                "https://social.example/users/bob/statuses/9",
                url,
                "https://social.example/users/bob",
                "social.example",
                null,
                new CommentContent("<p>Nice <i>post</i></p>", "cw", true, attachments, T0.plusSeconds(9)),
                CommentStatus.PUBLISHED,
                null,
                null,
                T0);
    }

    @Test
    void aCommentOnThePostIsAPublicReplyToThePost() {
        Status s = CommentToStatusRecord.map(comment(null, null, null));

        assertThat(s.kind()).isEqualTo(StatusKind.COMMENT);
        assertThat(s.id()).isEqualTo(900);
        assertThat(s.replyTo().id()).isEqualTo(42L);
        assertThat(s.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(s.url()).isEqualTo("https://social.example/users/bob/statuses/9");
        assertThat(s.html()).isEqualTo("<p>Nice <i>post</i></p>");
        assertThat(s.text()).isNull();
        assertThat(s.spoiler()).isEqualTo("cw");
        assertThat(s.sensitive()).isTrue();
        assertThat(s.created()).isEqualTo(T0);
        assertThat(s.edited()).isEqualTo(T0.plusSeconds(9));
        assertThat(s.author().host()).isEqualTo("social.example");
    }

    @Test
    void aReplyToAnotherCommentAnswersThatComment() {
        Status s = CommentToStatusRecord.map(comment(800L, "https://social.example/@bob/9", null));

        assertThat(s.replyTo().id()).isEqualTo(800L);
        assertThat(s.url()).isEqualTo("https://social.example/@bob/9");
    }

    @Test
    void itsStoredAttachmentsBecomeRemoteFilesAndEntriesWithoutAUrlAreSkipped() {
        String json = "[{\"mediaType\":\"image/png\"},{\"url\":\"https://social.example/m/1.png\","
                + "\"mediaType\":\"image/png\",\"alt\":\"a cat\",\"image\":true},"
                + "{\"url\":\"https://social.example/m/2.mp3\",\"mediaType\":\"audio/mpeg\",\"alt\":\" \"}]";

        Status s = CommentToStatusRecord.map(comment(null, null, json));

        assertThat(s.attachments()).hasSize(2);
        assertThat(s.attachments().get(0).id()).isEqualTo("900-0");
        assertThat(s.attachments().get(0).isImage()).isTrue();
        assertThat(s.attachments().get(0).description()).isEqualTo("a cat");
        assertThat(s.attachments().get(1).mediaType()).isEqualTo("audio/mpeg");
        assertThat(s.attachments().get(1).isImage()).isFalse();
        assertThat(s.attachments().get(1).description()).isNull();
    }

    @Test
    void withItsAuthorItHasTheirNameHandleProfileAndAvatar() {
        Status s = CommentToStatusRecord.map(new CommentWithAuthor(
                comment(null, null, "not json"), "Bob", "bob", "https://social.example/a.png", null));

        assertThat(s.author().name()).isEqualTo("Bob");
        assertThat(s.author().handle()).isEqualTo("bob@social.example");
        assertThat(s.author().profileUrl()).isEqualTo("https://social.example/users/bob");
        assertThat(s.author().avatarUrl()).isEqualTo("https://social.example/a.png");
        assertThat(s.attachments()).isEmpty();
    }
}
