package dev.kakehashi.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.service.Links;
import dev.kakehashi.store.NotificationMailRepository.Claimed;
import dev.kakehashi.store.NotificationMailRepository.Recipient;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What a digest mail says, in both parts, and that nothing remote gets into its HTML as markup. */
class DigestComposerTest {
    private final DigestComposer composer =
            new DigestComposer(new Links(URI.create("https://blog.example.com")), () -> "Kakehashi Blog");
    private final Recipient aiko = new Recipient(7, "aiko@example.com", "Aiko");

    private static Claimed item(String kind, String name, Long postId, String title, String commentHtml) {
        return new Claimed(
                1,
                kind,
                "https://social.example/users/bob",
                name,
                "bob",
                "social.example",
                "https://social.example/@bob",
                postId,
                title,
                commentHtml,
                Instant.parse("2026-11-22T05:00:00Z"));
    }

    @Test
    void oneFollowIsTheSubjectAndNamesTheFollowerAndTheNotificationsPage() {
        OutgoingMail mail = composer.compose(aiko, List.of(item("FOLLOW", "Bob", null, null, null)));

        assertThat(mail.to()).isEqualTo("aiko@example.com");
        assertThat(mail.subject()).isEqualTo("[Kakehashi Blog] Bob (@bob@social.example) followed you");
        assertThat(mail.text()).contains("Hello Aiko").contains("https://blog.example.com/admin/notifications");
        assertThat(Jsoup.parse(mail.html()).select("a[href=https://blog.example.com/admin/notifications]"))
                .hasSize(1);
    }

    @Test
    void aDigestListsEveryNotificationWithItsPostAndReplyExcerpt() {
        OutgoingMail mail = composer.compose(
                aiko,
                List.of(
                        item("FOLLOW_REQUEST", null, null, null, null),
                        item("REPLY", "Bob", 42L, "Bridges", "<p>Lovely <b>post</b>!</p>"),
                        item("MENTION", "Bob", null, null, null)));

        assertThat(mail.subject()).isEqualTo("[Kakehashi Blog] 3 new notifications");
        assertThat(mail.text())
                .contains("@bob@social.example asked to follow you")
                .contains("Bob (@bob@social.example) replied to \u201cBridges\u201d")
                .contains("https://blog.example.com/posts/42")
                .contains("\"Lovely post!\"")
                .contains("Bob (@bob@social.example) mentioned you");
        var html = Jsoup.parse(mail.html());
        assertThat(html.select("li")).hasSize(3);
        assertThat(html.select("a[href=https://blog.example.com/posts/42]").text())
                .isEqualTo("\u201cBridges\u201d");
        assertThat(html.select("blockquote").text()).isEqualTo("Lovely post!");
    }

    @Test
    void remoteNamesAndRepliesCannotInjectMarkup() {
        OutgoingMail mail = composer.compose(
                aiko,
                List.of(item(
                        "REPLY",
                        "<img src=x onerror=alert(1)>Eve",
                        42L,
                        "T",
                        "<script>alert(1)</script><a href=\"javascript:x\">click</a>")));

        var html = Jsoup.parse(mail.html());
        assertThat(html.select("script, img, [onerror], a[href^=javascript]")).isEmpty();
        assertThat(mail.text()).contains("Eve (@bob@social.example)").doesNotContain("<script>");
    }

    @Test
    void aLongReplyIsCutToAShortExcerpt() {
        String excerpt = DigestComposer.excerpt("<p>" + "word ".repeat(200) + "</p>");
        assertThat(excerpt).hasSize(DigestComposer.EXCERPT_CHARS).endsWith("\u2026");
    }
}
