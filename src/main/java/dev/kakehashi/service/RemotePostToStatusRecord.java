package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusAuthor;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusReply;
import dev.kakehashi.domain.StatusTag;
import java.util.List;
import java.util.Set;

/**
 * A post received from elsewhere as the shared {@link Status} record, with its attachments,
 * hashtags and mentions as the page loaded them, and what it answers. An Article's or Page's name
 * is its title and its {@code summary} no content warning; a Note's summary is its content warning.
 */
public final class RemotePostToStatusRecord {
    /** The object types shown with their name as a title. */
    public static final Set<String> TITLED = Set.of("Article", "Page");

    private RemotePostToStatusRecord() {}

    /** A post that carries no hashtags and mentions nobody. */
    public static Status map(RemotePost post, StatusCounts counts, Long replyToId, List<RemoteMedia> media) {
        return map(post, counts, replyToId, media, List.of(), List.of());
    }

    /**
     * @param counts what is known of its counts (they are not fetched from its server)
     * @param replyToId the status id of what it answers, when that is known here
     * @param media its attachments, in order
     * @param tags its hashtags, as the page loaded them
     * @param mentions who it mentions, as the page loaded them
     */
    public static Status map(
            RemotePost post,
            StatusCounts counts,
            Long replyToId,
            List<RemoteMedia> media,
            List<StatusTag> tags,
            List<StatusMention> mentions) {
        RemotePostContent c = post.content();
        boolean titled = TITLED.contains(c.type());
        String html = c.contentHtml() == null ? "" : c.contentHtml();
        return new Status(
                post.id(),
                StatusKind.REMOTE_POST,
                new StatusAuthor(null, c.actorUri(), null, post.authorName(), post.authorHandle(), null, null),
                c.uri(),
                c.url() != null ? c.url() : c.uri(),
                titled && c.name() != null && !c.name().isBlank() ? c.name() : null,
                null,
                html,
                null,
                titled ? null : c.summary(),
                c.sensitive(),
                post.visibility(),
                c.language(),
                c.published() != null ? c.published() : post.receivedAt(),
                c.updated(),
                c.inReplyTo() == null && replyToId == null ? null : new StatusReply(replyToId, c.inReplyTo()),
                media.stream().map(m -> attachment(post.id(), m)).toList(),
                tags,
                mentions,
                counts,
                null);
    }

    private static StatusAttachment attachment(long postId, RemoteMedia m) {
        return new StatusAttachment(
                postId + "-" + m.position(),
                m.kind(),
                m.url(),
                true,
                m.mediaType(),
                m.description(),
                m.blurhash(),
                m.width(),
                m.height(),
                m.focusX(),
                m.focusY());
    }
}
