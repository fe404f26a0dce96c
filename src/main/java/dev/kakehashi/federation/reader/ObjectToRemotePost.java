package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A received Note, Article or Page as a remote post, after the checks every server makes: the
 * activity's actor wrote it (attributedTo) and its id lives on the actor's server. The one reading
 * of a post for every path that keeps one (the inbox's Create and Update, search, boosts, pins,
 * direct messages): its content, what it answers ({@code inReplyTo}), its hashtags and mentions.
 */
public final class ObjectToRemotePost {
    static final Set<String> TYPES = NoteAuthorship.POST_TYPES;

    private final HtmlSanitizer sanitizer;

    public ObjectToRemotePost(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** @throws RejectedActivity when the object is not a post the actor may speak for */
    public RemotePostContent convert(String actorId, JsonNode object) {
        if (object == null || !object.isObject()) {
            throw new RejectedActivity("the object is not embedded");
        }
        String type = Lenient.text(object.get("type"));
        if (type == null || !TYPES.contains(type)) {
            throw new RejectedActivity("not a Note, Article or Page: " + type);
        }
        String id = Lenient.idOf(object.get("id"));
        if (id == null) {
            throw new RejectedActivity("the object has no id");
        }
        requireAuthor(actorId, object);
        requireSameOrigin(actorId, id);
        String url = Lenient.href(object.get("url"));
        return new RemotePostContent(
                id,
                actorId,
                type,
                url != null && isHttp(url) ? url : null,
                plain(Lenient.langString(object, "name")),
                sanitizer.sanitizeRemote(Lenient.langString(object, "content")),
                emptyToNull(sanitizer.sanitizeRemote(Lenient.langString(object, "summary"))),
                instant(Lenient.text(object.get("published"))),
                instant(Lenient.text(object.get("updated"))),
                Lenient.bool(object.get("sensitive"), false),
                Lenient.language(object, "content"),
                RemoteMentions.url(Activities.idOf(object.get("inReplyTo"))),
                RemoteHashtags.tags(object),
                RemoteMentions.of(object));
    }

    static void requireAuthor(String actorId, JsonNode object) {
        if (!NoteAuthorship.attributedTo(actorId, object)) {
            throw new RejectedActivity("the object is not attributed to " + actorId);
        }
    }

    static void requireSameOrigin(String actorId, String objectId) {
        if (!NoteAuthorship.sameOrigin(actorId, objectId)) {
            throw new RejectedActivity("the object " + objectId + " is not on the actor's server");
        }
    }

    private static boolean isHttp(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    private static String plain(String text) {
        return text == null ? null : emptyToNull(HtmlSanitizer.text(text));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** ISO instants, with or without an offset other than Z; nonsense is dropped, not fatal. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
