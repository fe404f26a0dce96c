package dev.kakehashi.admin;

import dev.kakehashi.domain.QueuedComment;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.time.Instant;

/**
 * A comment as the moderation queue shows it.
 *
 * @param excerpt plain text, cut short
 * @param contentHtml the whole comment, HTML that already passed the allowlist; shown only when the
 *     excerpt was cut
 * @param authorHandle {@code @name@host}, or the actor id when the actor is not cached
 * @param editable an author's answer the viewer may edit (their own, or any for an admin)
 */
record CommentAdminView(
        String id,
        String authorName,
        String authorHandle,
        String authorUrl,
        String avatarUrl,
        String postTitle,
        String postUrl,
        String originalUrl,
        String summary,
        String excerpt,
        String contentHtml,
        boolean cut,
        Instant published,
        boolean editable) {
    private static final int EXCERPT_MAX = 300;

    /** @param viewer the account looking, who edits their own answers, and any answer when {@code admin} */
    static CommentAdminView of(QueuedComment c, Links links, long viewer, boolean admin) {
        String handle = c.actorUsername() != null ? "@" + c.actorUsername() + "@" + c.actorHost() : c.actorUri();
        String name = c.actorName() != null && !c.actorName().isBlank() ? c.actorName() : handle;
        String text = HtmlSanitizer.text(c.contentHtml() == null ? "" : c.contentHtml());
        String excerpt = HtmlSanitizer.summary(c.contentHtml() == null ? "" : c.contentHtml(), EXCERPT_MAX);
        String title = c.postTitle() != null && !c.postTitle().isBlank()
                ? c.postTitle()
                : HtmlSanitizer.summary(c.postBodyHtml() == null ? "" : c.postBodyHtml(), 80);
        String postUrl = "ARTICLE".equals(c.postKind()) && c.postSlug() != null
                ? links.article(c.postSlug())
                : links.post(c.postId());
        return new CommentAdminView(
                Long.toString(c.id()),
                name,
                handle,
                c.actorProfileUrl() != null ? c.actorProfileUrl() : c.actorUri(),
                c.actorIconUrl(),
                title.isBlank() ? "(untitled)" : title,
                postUrl,
                c.url() != null ? c.url() : c.uri(),
                c.summary(),
                excerpt,
                c.contentHtml(),
                !excerpt.equals(text),
                c.published(),
                c.accountId() != null && (admin || c.accountId() == viewer));
    }
}
