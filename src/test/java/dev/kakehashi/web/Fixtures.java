package dev.kakehashi.web;

import dev.kakehashi.web.view.AuthorView;
import dev.kakehashi.web.view.MediaView;
import dev.kakehashi.web.view.PostView;
import dev.kakehashi.web.view.TagView;
import java.time.Instant;
import java.util.List;

/** Post views as PostToView builds them, without a database. */
public final class Fixtures {
    private Fixtures() {}

    public static AuthorView author(String avatarUrl) {
        return new AuthorView(
                "ann",
                "Ann",
                "",
                "https://blog.example/@ann",
                avatarUrl,
                "https://blog.example/@ann/feed.xml",
                "https://blog.example/@ann/atom.xml");
    }

    public static MediaView image(String name, String alt) {
        return new MediaView("https://blog.example/media/" + name, alt, 800, 600, "image/webp");
    }

    public static PostView article(String html, MediaView cover, List<MediaView> attachments, String avatarUrl) {
        return new PostView(
                "42",
                true,
                "Title",
                "https://blog.example/articles/title",
                "https://blog.example/posts/42",
                html,
                "Summary",
                Instant.parse("2026-03-04T05:06:07.891Z"),
                null,
                author(avatarUrl),
                List.of(new TagView("java", "https://blog.example/tags/java")),
                cover,
                attachments,
                false,
                html,
                null);
    }

    /** A short post behind the content warning {@code warning}, as PostToView makes it. */
    public static PostView warned(String html, String warning, List<MediaView> attachments) {
        return new PostView(
                "43",
                false,
                null,
                "https://blog.example/posts/43",
                "https://blog.example/posts/43",
                html,
                "CW: " + warning,
                Instant.parse("2026-03-04T05:06:07.891Z"),
                null,
                author(null),
                List.of(),
                null,
                attachments,
                false,
                html,
                warning);
    }
}
