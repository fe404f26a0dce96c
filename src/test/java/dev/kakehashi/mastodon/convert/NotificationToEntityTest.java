package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationToEntityTest {
    final NotificationToEntity convert = new NotificationToEntity();

    static Notification of(NotificationKind kind, String emoji) {
        return new Notification(
                31L,
                kind,
                "https://social.example/users/bob",
                "Bob",
                "bob",
                "social.example",
                null,
                null,
                42L,
                null,
                "NOTE",
                null,
                "hi",
                null,
                null,
                emoji,
                null,
                T0,
                null,
                null);
    }

    @Test
    void kindsBecomeMastodonTypes() {
        assertThat(NotificationToEntity.type(NotificationKind.REPLY)).isEqualTo("mention");
        assertThat(NotificationToEntity.type(NotificationKind.MENTION)).isEqualTo("mention");
        assertThat(NotificationToEntity.type(NotificationKind.LIKE)).isEqualTo("favourite");
        assertThat(NotificationToEntity.type(NotificationKind.BOOST)).isEqualTo("reblog");
        assertThat(NotificationToEntity.type(NotificationKind.FOLLOW)).isEqualTo("follow");
        assertThat(NotificationToEntity.type(NotificationKind.FOLLOW_REQUEST)).isEqualTo("follow_request");
    }

    @Test
    void aNotificationHasItsIdTypeTimeAccountAndStatus() {
        var status = new PostToStatus(Fixtures.LINKS, Fixtures.RENDERING, () -> "en")
                .convert(Fixtures.note("<p>hi</p>", Set.of(), List.of()), ACCOUNT, StatusFacts.NONE);
        JsonNode n = json(convert.convert(of(NotificationKind.LIKE, null), ACCOUNT, status));
        assertThat(n.get("id").asText()).isEqualTo("31");
        assertThat(n.get("type").asText()).isEqualTo("favourite");
        assertThat(n.get("created_at").asText()).isEqualTo("2026-03-04T05:06:07.891Z");
        // Likes of one post in the same twelve hours share a group.
        assertThat(n.get("group_key").asText()).isEqualTo("favourite-42-" + T0.getEpochSecond() / (12 * 3600));
        assertThat(n.get("account").get("id").asText()).isEqualTo("7");
        assertThat(n.get("status").get("id").asText()).isEqualTo("42");
        assertThat(n.has("emoji")).isFalse();
    }

    @Test
    void anEmojiReactionIsAFavouriteThatKeepsItsEmoji() {
        JsonNode n = json(convert.convert(of(NotificationKind.LIKE, "🌉"), ACCOUNT, null));
        assertThat(n.get("type").asText()).isEqualTo("favourite");
        assertThat(n.get("emoji").asText()).isEqualTo("🌉");
        assertThat(n.get("status").isNull()).isTrue();
    }
}
