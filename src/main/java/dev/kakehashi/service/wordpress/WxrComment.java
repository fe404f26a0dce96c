package dev.kakehashi.service.wordpress;

import java.time.Instant;
import java.util.Map;

/**
 * One {@code wp:comment} of an item.
 *
 * @param approved WordPress's value: "1", "0" (pending), "spam" or "trash"
 * @param type "" or "comment" for comments, "pingback", "trackback"
 * @param meta commentmeta; the ActivityPub plugin keeps the remote id under {@code protocol} and
 *     {@code source_id}
 */
public record WxrComment(
        long id,
        long parent,
        String author,
        String authorUrl,
        Instant date,
        String content,
        String approved,
        String type,
        Map<String, String> meta) {
    public boolean isPing() {
        return "pingback".equals(type) || "trackback".equals(type);
    }

    public boolean isSpamOrTrash() {
        return "spam".equals(approved) || "trash".equals(approved) || "post-trashed".equals(approved);
    }

    /** The fediverse id the ActivityPub plugin stored, or null. */
    public String remoteId() {
        String id = meta.get("source_id");
        return id != null && "activitypub".equals(meta.get("protocol")) ? id : null;
    }
}
