package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusTag;
import dev.kakehashi.domain.Visibility;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostToStatusRecordTest {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");
    static final Links LINKS = new Links(URI.create("https://blog.example"));
    static final Account ANN = new Account(7, "ann", "ann@blog.example", "Ann", Role.ADMIN, "x", T0);
    final PostToStatusRecord map = new PostToStatusRecord(LINKS, new PostRendering(LINKS), () -> "ja");

    static Post note() {
        Post p = new Post(42, ANN, PostKind.NOTE, T0);
        Media image = new Media(5, 7, "img5.webp", "image/webp", 800, 600, 1000, "", T0);
        p.write(
                new PostContent(null, null, "md", null, null, Set.of("bridges"), List.of(image), "Spoilers"),
                "<p>Hello <a href=\"/tags/bridges\">#bridges</a></p>",
                T0);
        p.mention(List.of(
                new PostMention(
                        "bob@social.example", "https://social.example/users/bob", "https://social.example/@bob"),
                new PostMention("cat@blog.example", null, "https://blog.example/@cat")));
        p.visibility(Visibility.UNLISTED);
        p.publish(T0.plusSeconds(60));
        return p;
    }

    @Test
    void aShortPostCarriesItsAbsoluteHtmlTextWarningAndAuthor() {
        Status s = map.map(note(), new StatusCounts(1, 2, 3), null);

        assertThat(s.id()).isEqualTo(42);
        assertThat(s.kind()).isEqualTo(StatusKind.SHORT_POST);
        assertThat(s.author().accountId()).isEqualTo(7L);
        assertThat(s.author().handle()).isEqualTo("ann");
        assertThat(s.uri()).isEqualTo("https://blog.example/posts/42");
        assertThat(s.url()).isEqualTo(s.uri());
        assertThat(s.html()).contains("href=\"https://blog.example/tags/bridges\"");
        assertThat(s.text()).isEqualTo("Hello #bridges");
        assertThat(s.spoiler()).isEqualTo("Spoilers");
        assertThat(s.visibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(s.language()).isEqualTo("ja");
        assertThat(s.created()).isEqualTo(T0.plusSeconds(60));
        assertThat(s.edited()).isNull();
        assertThat(s.replyTo()).isNull();
        assertThat(s.counts()).isEqualTo(new StatusCounts(1, 2, 3));
        assertThat(s.preview()).isNull();
    }

    @Test
    void itsAttachmentsTagsAndMentionsHaveTheirAddresses() {
        Status s = map.map(note(), StatusCounts.NONE, null);

        assertThat(s.attachments()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("5");
            assertThat(a.url()).isEqualTo("https://blog.example/media/img5.webp");
            assertThat(a.isImage()).isTrue();
            assertThat(a.remote()).isFalse();
            assertThat(a.description()).isNull();
            assertThat(a.width()).isEqualTo(800);
        });
        assertThat(s.tags()).containsExactly(new StatusTag("bridges", "https://blog.example/tags/bridges"));
        assertThat(s.mentions()).hasSize(2);
        assertThat(s.mentions().get(0).local()).isFalse();
        assertThat(s.mentions().get(1).local()).isTrue();
        assertThat(s.mentions().get(1).user()).isEqualTo("cat");
    }

    @Test
    void aReplyKeepsTheIdItAnswersAndTheLocalIdWhenThatPostIsKeptHere() {
        Post p = note();
        p.replyTo("https://social.example/users/bob/statuses/1");

        Status s = map.map(p, StatusCounts.NONE, 99L);

        assertThat(s.replyTo().uri()).isEqualTo("https://social.example/users/bob/statuses/1");
        assertThat(s.replyTo().id()).isEqualTo(99L);
    }

    @Test
    void anArticleHasItsPermalinkTitleExcerptAndAPreviewWithItsCover() {
        Post p = new Post(43, ANN, PostKind.ARTICLE, T0);
        Media cover = new Media(6, 7, "cover.webp", "image/webp", 1200, 630, 1000, "", T0);
        p.write(
                new PostContent("Bridges", "bridges", "md", null, cover, Set.of(), List.of()),
                "<p>The long body of the article.</p>",
                T0);
        p.posting(false, "fr");
        p.publish(T0);

        Status s = map.map(p, StatusCounts.NONE, null);

        assertThat(s.kind()).isEqualTo(StatusKind.ARTICLE);
        assertThat(s.url()).isEqualTo("https://blog.example/articles/bridges");
        assertThat(s.title()).isEqualTo("Bridges");
        assertThat(s.summary()).isEqualTo("The long body of the article.");
        assertThat(s.language()).isEqualTo("fr");
        assertThat(s.preview().url()).isEqualTo(s.url());
        assertThat(s.preview().imageUrl()).isEqualTo("https://blog.example/media/cover.webp");
        assertThat(s.preview().width()).isEqualTo(1200);
        assertThat(s.preview().providerName()).isEqualTo("blog.example");
    }
}
