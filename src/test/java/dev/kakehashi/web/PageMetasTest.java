package dev.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.web.view.PageMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMetasTest {
    @Test
    void theCoverIsThePreviewImageWhenThereIsOne() {
        PageMeta meta = PageMetas.post(
                Fixtures.article(
                        "<p>x</p>",
                        Fixtures.image("cover.webp", "Cover"),
                        List.of(Fixtures.image("a.webp", "A")),
                        "https://blog.example/media/avatar.webp"),
                "Blog");
        assertThat(meta.image()).isEqualTo("https://blog.example/media/cover.webp");
    }

    @Test
    void theFirstAttachmentIsThePreviewImageWithoutACover() {
        PageMeta meta = PageMetas.post(
                Fixtures.article(
                        "<p>x</p>",
                        null,
                        List.of(Fixtures.image("a.webp", "A"), Fixtures.image("b.webp", "B")),
                        "https://blog.example/media/avatar.webp"),
                "Blog");
        assertThat(meta.image()).isEqualTo("https://blog.example/media/a.webp");
    }

    @Test
    void theAuthorsAvatarIsThePreviewImageOfAPostWithoutImages() {
        PageMeta meta = PageMetas.post(
                Fixtures.article("<p>x</p>", null, List.of(), "https://blog.example/media/avatar.webp"), "Blog");
        assertThat(meta.image()).isEqualTo("https://blog.example/media/avatar.webp");
    }

    @Test
    void aPostWithoutAnyImageHasNoPreviewImage() {
        assertThat(PageMetas.post(Fixtures.article("<p>x</p>", null, List.of(), null), "Blog")
                        .image())
                .isNull();
    }

    @Test
    void aPostBehindAContentWarningShowsTheWarningNotItsTextOrImagesInLinkPreviews() {
        PageMeta meta = PageMetas.post(
                Fixtures.warned("<p>The ending</p>", "Film spoilers", List.of(Fixtures.image("a.webp", "A"))), "Blog");
        assertThat(meta.title()).isEqualTo("CW: Film spoilers · Blog");
        assertThat(meta.description()).isEqualTo("CW: Film spoilers");
        assertThat(meta.image()).isNull();
    }

    @Test
    void aPostPageCarriesItsPublicationTimeToTheSecond() {
        PageMeta meta = PageMetas.post(Fixtures.article("<p>x</p>", null, List.of(), null), "Blog");
        assertThat(meta.publishedTime()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(meta.modifiedTime()).isNull();
        assertThat(meta.title()).isEqualTo("Title · Blog");
        assertThat(meta.canonicalUrl()).isEqualTo("https://blog.example/articles/title");
    }
}
