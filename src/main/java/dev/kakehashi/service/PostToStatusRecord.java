package dev.kakehashi.service;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusAuthor;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusPreview;
import dev.kakehashi.domain.StatusReply;
import dev.kakehashi.domain.StatusTag;
import java.util.function.Supplier;

/**
 * A blog post (short post or article) as the shared {@link Status} record, from the post and what
 * its page loaded (counts, the local id of the post it answers): no query.
 */
public final class PostToStatusRecord {
    private final Links links;
    private final PostRendering rendering;
    private final Supplier<String> language;

    /** @param language the blog's language, for posts without their own */
    public PostToStatusRecord(Links links, PostRendering rendering, Supplier<String> language) {
        this.links = links;
        this.rendering = rendering;
        this.language = language;
    }

    /** @param replyToId the local id of the post it answers, when that post is kept here */
    public Status map(Post p, StatusCounts counts, Long replyToId) {
        String text = rendering.summary(p);
        String url = p.isArticle() && p.slug() != null ? links.article(p.slug()) : links.post(p.id());
        String excerpt = p.isArticle() ? excerpt(p, text) : null;
        return new Status(
                p.id(),
                p.kind() == PostKind.ARTICLE ? StatusKind.ARTICLE : StatusKind.SHORT_POST,
                StatusAuthor.local(
                        p.author().id(), p.author().displayName(), p.author().username()),
                links.post(p.id()),
                url,
                p.title(),
                excerpt,
                rendering.absoluteHtml(p),
                text,
                p.contentWarning(),
                p.sensitive(),
                p.visibility(),
                languageOf(p),
                p.publishedAt() != null ? p.publishedAt() : p.createdAt(),
                p.editedAt(),
                p.inReplyTo() == null && replyToId == null ? null : new StatusReply(replyToId, p.inReplyTo()),
                p.attachments().stream().map(this::attachment).toList(),
                p.tags().stream().map(t -> new StatusTag(t, links.tag(t))).toList(),
                p.mentions().stream().map(this::mention).toList(),
                counts,
                p.isArticle() ? preview(p, url, excerpt) : null);
    }

    /** The post's language, else the blog's. */
    String languageOf(Post p) {
        return p.language() != null ? p.language() : language.get();
    }

    private StatusPreview preview(Post p, String url, String excerpt) {
        Media cover = p.cover();
        return new StatusPreview(
                url,
                p.title() == null ? "" : p.title(),
                excerpt == null ? "" : excerpt,
                cover == null ? null : links.media(cover.fileName()),
                cover == null ? 0 : cover.width(),
                cover == null ? 0 : cover.height(),
                links.authority(),
                links.home());
    }

    private StatusMention mention(PostMention m) {
        boolean local = m.acct().equalsIgnoreCase(m.user() + "@" + links.authority());
        return new StatusMention(m.acct(), m.actorUri(), m.profileUrl(), local);
    }

    private static String excerpt(Post p, String text) {
        return p.excerpt() == null || p.excerpt().isBlank() ? text : p.excerpt();
    }

    private StatusAttachment attachment(Media m) {
        String alt = m.altText() == null || m.altText().isBlank() ? null : m.altText();
        return new StatusAttachment(
                Long.toString(m.id()),
                m.contentType().startsWith("image/") ? RemoteMedia.Kind.IMAGE : RemoteMedia.Kind.UNKNOWN,
                links.media(m.fileName()),
                false,
                m.contentType(),
                alt,
                null,
                m.width(),
                m.height(),
                m.focus() == null ? null : m.focus().x(),
                m.focus() == null ? null : m.focus().y());
    }
}
