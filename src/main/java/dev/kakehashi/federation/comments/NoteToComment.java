package dev.kakehashi.federation.comments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.CommentService.Reply;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A received reply (Note, Article or Page) as a comment: HTML through the sanitizer, the content
 * warning ({@code summary}, {@code sensitive}), the first four attachments (INTEROP A8.4, A8.6).
 */
public final class NoteToComment {
    /** Mastodon imports only the first four attachments (INTEROP A8.4). */
    static final int MAX_ATTACHMENTS = 4;

    static final int MAX_SUMMARY = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HtmlSanitizer sanitizer;

    public NoteToComment(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The parent's id ({@code inReplyTo}), or null when the post replies to nothing. */
    public static String inReplyTo(JsonNode object) {
        return Lenient.idOf(object.get("inReplyTo"));
    }

    /** @throws RejectedActivity when the object has no id */
    public Reply convert(String actorId, String actorName, JsonNode object) {
        String id = Lenient.idOf(object.get("id"));
        if (id == null || id.length() > 2000) {
            throw new RejectedActivity("the reply has no usable id");
        }
        String url = Lenient.href(object.get("url"));
        return new Reply(
                id,
                url != null && isHttp(url) && url.length() <= 2000 ? url : (isHttp(id) ? id : null),
                actorId,
                host(actorId),
                actorName,
                content(object),
                instant(Lenient.text(object.get("published"))));
    }

    /** The editable part: text, content warning, attachments, and when it was last edited. */
    public CommentContent content(JsonNode object) {
        String html = Lenient.langString(object, "content");
        if (html == null) {
            // Misskey always sends content too; its MFM source is a last resort, as plain text.
            String mfm = Lenient.text(object.get("_misskey_content"));
            html = mfm == null ? null : "<p>" + org.jsoup.nodes.Entities.escape(mfm) + "</p>";
        }
        String summary =
                HtmlSanitizer.text(Lenient.langString(object, "summary")).strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY);
        }
        return new CommentContent(
                sanitizer.sanitizeRemote(html),
                summary.isEmpty() ? null : summary,
                Lenient.bool(object.get("sensitive"), false),
                attachments(object.get("attachment")),
                instant(Lenient.text(object.get("updated"))));
    }

    /** The first four media as JSON ({@code url, mediaType, alt, image}); Links (preview cards) skipped. */
    static String attachments(JsonNode attachment) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode a : Lenient.asArray(attachment)) {
            if (out.size() == MAX_ATTACHMENTS) {
                break;
            }
            if (!a.isObject() || "Link".equals(Lenient.text(a.get("type")))) {
                continue;
            }
            String url = Lenient.href(a.get("url"));
            if (url == null || !isHttp(url) || url.length() > 2000) {
                continue;
            }
            String mediaType = Lenient.text(a.get("mediaType"));
            String type = Lenient.text(a.get("type"));
            String alt = Lenient.text(a.get("summary"));
            if (alt == null) {
                alt = Lenient.text(a.get("name"));
            }
            ObjectNode m = out.addObject();
            m.put("url", url);
            m.put("mediaType", mediaType);
            m.put("alt", alt == null ? "" : HtmlSanitizer.text(alt));
            m.put(
                    "image",
                    mediaType != null ? mediaType.toLowerCase(Locale.ROOT).startsWith("image/") : "Image".equals(type));
        }
        if (out.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String host(String actorId) {
        String host = URI.create(actorId).getRawAuthority();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static boolean isHttp(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    /** ISO instants, with or without an offset other than Z; nonsense is dropped, not fatal. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
