package dev.kakehashi.admin;

import dev.kakehashi.domain.Post;
import java.time.Instant;

/** A post as the admin's list shows it. */
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
    static PostAdminView of(Post p, String publicUrl) {
        String title =
                p.title() != null ? p.title() : dev.kakehashi.service.content.HtmlSanitizer.summary(p.bodyHtml(), 80);
        return new PostAdminView(
                Long.toString(p.id()),
                p.isArticle() ? "Article" : "Short post",
                p.status().name().toLowerCase(java.util.Locale.ROOT),
                title,
                p.author().displayName(),
                p.updatedAt(),
                p.publishedAt(),
                p.scheduledAt(),
                p.isPublished() ? publicUrl : null);
    }
}
