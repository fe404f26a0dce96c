package dev.kakehashi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationGroupKeyTest {
    static Notification n(long id, NotificationKind kind, Long postId, String at) {
        return new Notification(
                id,
                kind,
                "https://x/u",
                null,
                null,
                null,
                null,
                null,
                postId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.parse(at),
                null,
                null);
    }

    @Test
    void likesOfOnePostInTheSameTwelveHoursShareAKeyThatParsesBack() {
        var a = NotificationGroupKey.of(
                n(1, NotificationKind.LIKE, 5L, "2026-03-01T01:00:00Z"), NotificationGroupKey.GROUPABLE);
        var b = NotificationGroupKey.of(
                n(2, NotificationKind.LIKE, 5L, "2026-03-01T11:59:00Z"), NotificationGroupKey.GROUPABLE);
        var later = NotificationGroupKey.of(
                n(3, NotificationKind.LIKE, 5L, "2026-03-01T12:00:00Z"), NotificationGroupKey.GROUPABLE);
        var boost = NotificationGroupKey.of(
                n(4, NotificationKind.BOOST, 5L, "2026-03-01T01:00:00Z"), NotificationGroupKey.GROUPABLE);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(later).isNotEqualTo(boost);
        assertThat(a.text()).startsWith("favourite-5-");
        assertThat(NotificationGroupKey.parse(a.text())).contains(a);
        assertThat(NotificationGroupKey.parse(boost.text())).contains(boost);
        assertThat(a.from()).isBeforeOrEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(a.to()).isAfter(Instant.parse("2026-03-01T11:59:00Z"));
    }

    @Test
    void mentionsAndKindsNotAskedToGroupStandAlone() {
        var mention = NotificationGroupKey.of(
                n(9, NotificationKind.MENTION, 5L, "2026-03-01T01:00:00Z"), NotificationGroupKey.GROUPABLE);
        assertThat(mention.text()).isEqualTo("ungrouped-9");
        var like = NotificationGroupKey.of(
                n(10, NotificationKind.LIKE, 5L, "2026-03-01T01:00:00Z"), Set.of(NotificationKind.FOLLOW));
        assertThat(like.text()).isEqualTo("ungrouped-10");
        assertThat(NotificationGroupKey.parse("ungrouped-9")).contains(mention);
        assertThat(NotificationGroupKey.parse("nonsense")).isEmpty();
        assertThat(NotificationGroupKey.parse("favourite-x-1")).isEmpty();
        assertThat(NotificationGroupKey.parse("follow-1-2")).isEmpty();
    }
}
