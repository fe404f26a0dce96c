package dev.kakehashi.web;

import dev.kakehashi.web.view.AuthorView;
import dev.kakehashi.web.view.MediaView;
import dev.kakehashi.web.view.PageMeta;
import dev.kakehashi.web.view.PageMeta.FeedLink;
import dev.kakehashi.web.view.PostView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Titles, descriptions and OpenGraph fields for each kind of page. */
final class PageMetas {
    private PageMetas() {}

    static PageMeta post(PostView post, String siteTitle) {
        MediaView image = post.previewImage();
        String imageUrl = image != null ? image.url() : post.author().avatarUrl();
        return new PageMeta(
                post.displayTitle() + " · " + siteTitle,
                post.summary(),
                post.url(),
                "article",
                imageUrl,
                iso(post.published()),
                iso(post.edited()),
                List.of());
    }

    static PageMeta author(AuthorView author, int page, String siteTitle, String description) {
        String title = author.displayName() + " (@" + author.username() + ")" + (page > 1 ? " · page " + page : "");
        return new PageMeta(
                title + " · " + siteTitle,
                description,
                PageNumbers.url(author.url(), page),
                "profile",
                author.avatarUrl(),
                null,
                null,
                List.of(
                        new FeedLink(author.displayName() + " (RSS)", "application/rss+xml", author.rssUrl()),
                        new FeedLink(author.displayName() + " (Atom)", "application/atom+xml", author.atomUrl())));
    }

    static PageMeta listing(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, "website", null);
    }

    static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
