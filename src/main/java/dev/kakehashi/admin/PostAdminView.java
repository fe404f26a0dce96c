package dev.kakehashi.admin;

import dev.kakehashi.domain.Post;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.time.Instant;
import java.util.Locale;

/** A post as the admin's lists show it. */
record PostAdminView(
        String id,
        String kind,
        String status,
        String title,
        String authorName,
        Instant updated,
        Instant published,
        Instant scheduled,
        String publicUrl) {
    static PostAdminView of(Post p, Links links) {
        String title = p.title() != null ? p.title() : HtmlSanitizer.summary(p.bodyHtml(), 80);
        return new PostAdminView(
                Long.toString(p.id()),
                p.isArticle() ? "Article" : "Short post",
                p.status().name().toLowerCase(Locale.ROOT),
                title == null || title.isBlank() ? "(untitled)" : title,
                p.author().displayName(),
                p.updatedAt(),
                p.publishedAt(),
                p.scheduledAt(),
                publicUrl(p, links));
    }

    /** Where readers find the post, once it is public. */
    static String publicUrl(Post p, Links links) {
        if (!p.isPublished()) {
            return null;
        }
        return p.isArticle() ? links.article(p.slug()) : links.post(p.id());
    }
}
