package dev.kakehashi.store.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the streaming API must tell its subscribers, as a reference (ids) and the few facts that
 * decide who may hear it; each node loads and serializes the entity for its own subscribers. Small
 * enough for a PostgreSQL NOTIFY payload (under 8,000 bytes).
 *
 * @param id the post's id, the notification's, the remote status's (a post or a boost) or the
 *     conversation's; 0 for {@code FILTERS_CHANGED}
 * @param accountId the post's author; for the other types the one author who may hear it (the
 *     notified author, one whose home shows the remote status, the conversation's or filters' owner);
 *     0 for the {@code FEDERATED_*} types, which every signed-in subscriber may hear
 * @param visibility the post's visibility (Mastodon's wire name), null for the other types
 * @param tags the post's hashtags, lower case
 * @param media whether the post has media attachments
 */
public record StreamEvent(Type type, long id, long accountId, String visibility, List<String> tags, boolean media) {
    /** The kinds of event; Mastodon's streaming API names them at the edge. */
    public enum Type {
        UPDATE,
        STATUS_UPDATE,
        DELETE,
        NOTIFICATION,
        /** A remote post or boost arrived in one author's home. */
        REMOTE_UPDATE,
        /** A remote post in one author's home was edited. */
        REMOTE_STATUS_UPDATE,
        /** A remote post or boost left one author's home (deleted, or the boost undone). */
        REMOTE_DELETE,
        /** A public post from elsewhere arrived: for the federated streams of signed-in subscribers. */
        FEDERATED_UPDATE,
        /** A public post from elsewhere was edited. */
        FEDERATED_STATUS_UPDATE,
        /** A public post from elsewhere was deleted. */
        FEDERATED_DELETE,
        /** One author's conversation has a new status. */
        CONVERSATION,
        /** One author's filters changed. */
        FILTERS_CHANGED
    }

    /** A NOTIFY payload must stay well under PostgreSQL's 8,000 bytes. */
    static final int MAX_TAGS_BYTES = 6000;

    public StreamEvent {
        tags = List.copyOf(tags);
    }

    /** A public post from elsewhere, for the federated streams: {@code media} when it has attachments. */
    public static StreamEvent federated(Type type, long remotePostId, boolean media) {
        return new StreamEvent(type, remotePostId, 0, "public", List.of(), media);
    }

    public static StreamEvent notification(long notificationId, long accountId) {
        return forAccount(Type.NOTIFICATION, notificationId, accountId);
    }

    /** An event only the author {@code accountId} may hear (any type but the local post ones). */
    public static StreamEvent forAccount(Type type, long id, long accountId) {
        return new StreamEvent(type, id, accountId, null, List.of(), false);
    }

    /** {@code TYPE|id|account|visibility|media|tag,tag}; tags are hashtag names (no '|' or ','). */
    public String encode() {
        StringBuilder tagList = new StringBuilder();
        int bytes = 0;
        for (String tag : tags) {
            bytes += tag.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            if (bytes > MAX_TAGS_BYTES) {
                break;
            }
            tagList.append(tagList.length() == 0 ? "" : ",").append(tag);
        }
        return String.join(
                "|",
                type.name(),
                Long.toString(id),
                Long.toString(accountId),
                visibility == null ? "" : visibility,
                media ? "1" : "0",
                tagList);
    }

    /** The event {@link #encode} wrote; throws IllegalArgumentException on anything else. */
    public static StreamEvent decode(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("Not a stream event: " + text);
        }
        List<String> tags = new ArrayList<>();
        for (String tag : parts[5].split(",")) {
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return new StreamEvent(
                Type.valueOf(parts[0]),
                Long.parseLong(parts[1]),
                Long.parseLong(parts[2]),
                parts[3].isEmpty() ? null : parts[3],
                tags,
                "1".equals(parts[4]));
    }
}
