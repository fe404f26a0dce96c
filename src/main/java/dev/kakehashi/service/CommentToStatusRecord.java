package dev.kakehashi.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusAuthor;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusReply;
import dev.kakehashi.domain.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment on a blog post as the shared {@link Status} record: public, replying to its parent
 * comment or, without one, to the post. Its attachments are stored as JSON ({@code [{url, mediaType,
 * alt, image}]}, checked on receipt); each one's id is the comment's id and its position.
 */
public final class CommentToStatusRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommentToStatusRecord() {}

    /** A comment whose author is known by actor URI alone. */
    public static Status map(Comment c) {
        return map(c, new StatusAuthor(c.accountId(), c.actorUri(), c.actorHost(), null, null, null, null));
    }

    /** A comment with its author as the actor cache knows them. */
    public static Status map(CommentWithAuthor c) {
        return map(c.row(), author(c));
    }

    /** Who wrote a comment, as the actor cache knows them. */
    public static StatusAuthor author(CommentWithAuthor c) {
        Comment r = c.row();
        String handle = c.authorUsername() == null ? null : c.authorUsername() + "@" + r.actorHost();
        return new StatusAuthor(
                r.accountId(),
                r.actorUri(),
                r.actorHost(),
                c.authorName(),
                handle,
                c.authorUrl() != null ? c.authorUrl() : r.actorUri(),
                c.authorAvatar());
    }

    private static Status map(Comment c, StatusAuthor author) {
        CommentContent content = c.content();
        String html = content.contentHtml() == null ? "" : content.contentHtml();
        return new Status(
                c.id(),
                StatusKind.COMMENT,
                author,
                c.uri(),
                c.url() != null ? c.url() : c.uri(),
                null,
                null,
                html,
                null,
                content.summary(),
                content.sensitive(),
                Visibility.PUBLIC,
                null,
                c.published() != null ? c.published() : c.receivedAt(),
                content.updated(),
                new StatusReply(c.parentId() != null ? c.parentId() : c.postId(), null),
                attachments(c.id(), content.attachmentsJson()),
                List.of(),
                List.of(),
                StatusCounts.NONE,
                null);
    }

    static List<StatusAttachment> attachments(long ownerId, String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        List<StatusAttachment> out = new ArrayList<>();
        for (JsonNode a : array) {
            String url = a.path("url").asText(null);
            if (url == null) {
                continue;
            }
            String alt = a.path("alt").asText("");
            out.add(new StatusAttachment(
                    ownerId + "-" + out.size(),
                    a.path("image").asBoolean(false) ? RemoteMedia.Kind.IMAGE : RemoteMedia.Kind.UNKNOWN,
                    url,
                    true,
                    a.path("mediaType").asText(null),
                    alt.isBlank() ? null : alt,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return out;
    }
}
