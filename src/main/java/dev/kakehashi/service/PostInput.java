package dev.kakehashi.service;

import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Visibility;
import java.util.List;

/**
 * What an author submits for a post, unchecked.
 *
 * @param tags as typed: "#java, travel"
 * @param coverId an image the author uploaded, or null
 * @param attachmentIds images shown with a short post, in order
 * @param commentsClosed replies from the fediverse are refused and the page says so
 * @param inReplyTo the id of a remote post this one answers (set when it is created), or blank
 * @param visibility who may see it; null keeps the post's (the author's default for a new one). It
 *     cannot change once the post is published: followers' servers already hold it with its addressing
 * @param sensitive its media shows behind a warning; null keeps the post's (the author's default
 *     for a new one)
 * @param language an ISO 639 code; null keeps the post's (the author's default for a new one)
 * @param quote the id (URI) of the post a new one quotes, checked by the caller, or null
 * @param contentWarning what readers see before a short post's text; null keeps the post's (none for
 *     a new one), blank removes it. An article has none: its summary is its excerpt
 */
public record PostInput(
        PostKind kind,
        String title,
        String slug,
        String body,
        String excerpt,
        String tags,
        Long coverId,
        List<Long> attachmentIds,
        boolean commentsClosed,
        String inReplyTo,
        Visibility visibility,
        Boolean sensitive,
        String language,
        String quote,
        String contentWarning) {

    /** A post whose content warning is kept (none for a new one). */
    public PostInput(
            PostKind kind,
            String title,
            String slug,
            String body,
            String excerpt,
            String tags,
            Long coverId,
            List<Long> attachmentIds,
            boolean commentsClosed,
            String inReplyTo,
            Visibility visibility,
            Boolean sensitive,
            String language,
            String quote) {
        this(
                kind,
                title,
                slug,
                body,
                excerpt,
                tags,
                coverId,
                attachmentIds,
                commentsClosed,
                inReplyTo,
                visibility,
                sensitive,
                language,
                quote,
                null);
    }

    /** A post quoting nothing whose sensitivity and language are the author's defaults (or, on edit, kept). */
    public PostInput(
            PostKind kind,
            String title,
            String slug,
            String body,
            String excerpt,
            String tags,
            Long coverId,
            List<Long> attachmentIds,
            boolean commentsClosed,
            String inReplyTo,
            Visibility visibility) {
        this(
                kind,
                title,
                slug,
                body,
                excerpt,
                tags,
                coverId,
                attachmentIds,
                commentsClosed,
                inReplyTo,
                visibility,
                null,
                null,
                null);
    }

    /** A public post (or, on edit, one keeping its visibility). */
    public PostInput(
            PostKind kind,
            String title,
            String slug,
            String body,
            String excerpt,
            String tags,
            Long coverId,
            List<Long> attachmentIds,
            boolean commentsClosed,
            String inReplyTo) {
        this(kind, title, slug, body, excerpt, tags, coverId, attachmentIds, commentsClosed, inReplyTo, null);
    }
}
