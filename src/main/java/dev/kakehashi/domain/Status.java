package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;

/**
 * A status as every surface reads it, whatever it was made from (a short post, an article, a comment
 * on the blog, a post received from elsewhere): what the web page, the ActivityPub object and the
 * Mastodon {@code Status} need, built by one mapper per source in {@code service} from what a page
 * already loaded. What depends on who is reading (their own likes, account ids) is not in it.
 *
 * @param uri its ActivityPub id
 * @param url the page a reader opens (an article's permalink, a remote post's {@code url})
 * @param title an article's title, or a remote Article's or Page's name; null for a note
 * @param summary an article's excerpt (its own, else the start of its text); null otherwise
 * @param html the content, sanitized, with absolute links
 * @param text the start of the content as plain text, as derived on write (a blog post's); null for
 *     comments and remote posts, which keep only their HTML, so that no page parses every status
 * @param spoiler the content warning, or null for none
 * @param sensitive its media shows behind a warning
 * @param language an ISO 639 code, or null when unknown
 * @param created when it was published (received, when it says nothing)
 * @param edited when it was last edited, or null
 * @param replyTo what it answers, or null
 * @param preview an article's link preview, or null
 */
public record Status(
        long id,
        StatusKind kind,
        StatusAuthor author,
        String uri,
        String url,
        String title,
        String summary,
        String html,
        String text,
        String spoiler,
        boolean sensitive,
        Visibility visibility,
        String language,
        Instant created,
        Instant edited,
        StatusReply replyTo,
        List<StatusAttachment> attachments,
        List<StatusTag> tags,
        List<StatusMention> mentions,
        StatusCounts counts,
        StatusPreview preview) {
    public Status {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        tags = tags == null ? List.of() : List.copyOf(tags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        counts = counts == null ? StatusCounts.NONE : counts;
    }

    /** The same status with other counts (a remote post's, as far as the reader's own are known). */
    public Status withCounts(StatusCounts other) {
        return new Status(
                id,
                kind,
                author,
                uri,
                url,
                title,
                summary,
                html,
                text,
                spoiler,
                sensitive,
                visibility,
                language,
                created,
                edited,
                replyTo,
                attachments,
                tags,
                mentions,
                other,
                preview);
    }

    public boolean isArticle() {
        return kind == StatusKind.ARTICLE;
    }
}
