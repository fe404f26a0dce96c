package dev.kakehashi.mastodon.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment's stored attachments ({@code [{url, mediaType, alt, image}]}, already checked on
 * receipt) as media attachments that point at the remote files.
 */
final class RemoteAttachments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteAttachments() {}

    /** @param ownerId the comment's id; each attachment's id is the owner's id and its position */
    static List<MediaAttachmentEntity> of(long ownerId, String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        List<MediaAttachmentEntity> out = new ArrayList<>();
        for (JsonNode a : array) {
            String url = a.path("url").asText(null);
            if (url == null) {
                continue;
            }
            String alt = a.path("alt").asText("");
            out.add(new MediaAttachmentEntity(
                    ownerId + "-" + out.size(),
                    a.path("image").asBoolean(false) ? "image" : "unknown",
                    url,
                    url,
                    url,
                    url,
                    null,
                    null,
                    alt.isBlank() ? null : alt,
                    null));
        }
        return out;
    }
}
