package dev.kakehashi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.service.Links;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of notification reads as a sentence, whoever wrote the row (reactions, comments, follows). */
class NotificationAdminViewTest {
    static final Links LINKS = new Links(URI.create("https://blog.example"));
    static final String ALICE = "https://mastodon.example/users/alice";
    static final Instant AT = Instant.parse("2026-06-02T10:00:00Z");

    static Notification row(NotificationKind kind, Long postId, String emoji, String objectUrl, String commentUrl) {
        return new Notification(
                1,
                kind,
                ALICE,
                "Alice",
                "alice",
                "mastodon.example",
                "https://mastodon.example/a.png",
                "https://mastodon.example/@alice",
                postId,
                null,
                postId == null ? null : "NOTE",
                null,
                postId == null ? null : "<p>Bridges <b>at night</b></p>",
                commentUrl == null ? null : 5L,
                commentUrl,
                emoji,
                objectUrl,
                AT,
                null,
                null);
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasWhoAndWhat(NotificationKind kind) {
        var view = NotificationAdminView.of(row(kind, null, null, null, null), LINKS);
        assertThat(view.action()).isNotBlank();
        assertThat(view.actorName()).isEqualTo("Alice");
        assertThat(view.actorHandle()).isEqualTo("@alice@mastodon.example");
        assertThat(view.actorProfileUrl()).isEqualTo("https://mastodon.example/@alice");
        assertThat(view.unread()).isTrue();
    }

    @Test
    void followsReadAsFollows() {
        assertThat(NotificationAdminView.of(row(NotificationKind.FOLLOW, null, null, null, null), LINKS)
                        .action())
                .isEqualTo("followed you");
        assertThat(NotificationAdminView.of(row(NotificationKind.FOLLOW_REQUEST, null, null, null, null), LINKS)
                        .action())
                .isEqualTo("asked to follow you");
    }

    @Test
    void aReplyLinksThePostAndTheComment() {
        var view = NotificationAdminView.of(
                row(NotificationKind.REPLY, 7L, null, null, "https://mastodon.example/@alice/1"), LINKS);
        assertThat(view.action()).isEqualTo("replied to");
        assertThat(view.postUrl()).isEqualTo("https://blog.example/posts/7");
        assertThat(view.postLabel()).isEqualTo("Bridges at night");
        assertThat(view.linkUrl()).isEqualTo("https://mastodon.example/@alice/1");
    }

    @Test
    void anEmojiReactionSaysWhichEmoji() {
        var view = NotificationAdminView.of(row(NotificationKind.LIKE, 7L, "🔥", null, null), LINKS);
        assertThat(view.action()).isEqualTo("reacted with 🔥 to");
    }

    @Test
    void anActorNotCachedIsShownByItsAddress() {
        Notification bare = new Notification(
                1,
                NotificationKind.FOLLOW,
                ALICE,
                null,
                null,
                null,
                "javascript:alert(1)",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "javascript:alert(2)",
                AT,
                AT,
                null);
        var view = NotificationAdminView.of(bare, LINKS);
        assertThat(view.actorName()).isEqualTo(ALICE);
        assertThat(view.actorProfileUrl()).isEqualTo(ALICE);
        assertThat(view.actorAvatarUrl()).isNull();
        assertThat(view.linkUrl()).isNull();
        assertThat(view.unread()).isFalse();
    }
}
