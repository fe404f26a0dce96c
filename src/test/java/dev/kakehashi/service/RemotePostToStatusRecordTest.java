package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemotePostToStatusRecordTest {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");

    static RemotePost post(String type, String name, String summary, String url) {
        return new RemotePost(
                900,
                new RemotePostContent(
                        "https://social.example/users/bob/statuses/9",
                        "https://social.example/users/bob",
                        type,
                        url,
                        name,
                        "<p>Across the <b>river</b></p>",
                        summary,
                        null,
                        T0.plusSeconds(5),
                        true,
                        "de",
                        null,
                        List.of(),
                        List.of()),
                null,
                T0,
                "Bob",
                "bob@social.example",
                Visibility.PRIVATE);
    }

    @Test
    void aNoteKeepsItsSummaryAsAContentWarningAndFallsBackOnItsIdForUrlAndReceiptForTime() {
        Status s =
                RemotePostToStatusRecord.map(post("Note", null, "spoilers", null), StatusCounts.NONE, null, List.of());

        assertThat(s.kind()).isEqualTo(StatusKind.REMOTE_POST);
        assertThat(s.author().actorUri()).isEqualTo("https://social.example/users/bob");
        assertThat(s.author().isLocal()).isFalse();
        assertThat(s.author().name()).isEqualTo("Bob");
        assertThat(s.url()).isEqualTo("https://social.example/users/bob/statuses/9");
        assertThat(s.created()).isEqualTo(T0);
        assertThat(s.edited()).isEqualTo(T0.plusSeconds(5));
        assertThat(s.spoiler()).isEqualTo("spoilers");
        assertThat(s.title()).isNull();
        assertThat(s.sensitive()).isTrue();
        assertThat(s.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(s.language()).isEqualTo("de");
        assertThat(s.text()).isNull();
    }

    @Test
    void anArticleHasItsNameAsTitleAndItsSummaryIsNoWarning() {
        Status s = RemotePostToStatusRecord.map(
                post("Article", "A long read", "An excerpt", "https://social.example/@bob/9"),
                new StatusCounts(0, 1, 1),
                77L,
                List.of());

        assertThat(s.title()).isEqualTo("A long read");
        assertThat(s.spoiler()).isNull();
        assertThat(s.url()).isEqualTo("https://social.example/@bob/9");
        assertThat(s.replyTo().id()).isEqualTo(77L);
        assertThat(s.counts().likes()).isEqualTo(1);
    }

    @Test
    void itsFilesStayRemoteWithTheIdOfThePostAndTheirPosition() {
        RemoteMedia photo = new RemoteMedia(
                1,
                "https://files.example/a.jpg",
                "image/jpeg",
                RemoteMedia.Kind.IMAGE,
                "a bridge",
                "LKO2",
                0.5,
                -0.2,
                640,
                480);

        Status s =
                RemotePostToStatusRecord.map(post("Note", null, null, null), StatusCounts.NONE, null, List.of(photo));

        assertThat(s.attachments()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("900-1");
            assertThat(a.remote()).isTrue();
            assertThat(a.url()).isEqualTo("https://files.example/a.jpg");
            assertThat(a.description()).isEqualTo("a bridge");
            assertThat(a.blurhash()).isEqualTo("LKO2");
            assertThat(a.focusY()).isEqualTo(-0.2);
            assertThat(a.height()).isEqualTo(480);
        });
    }
}
