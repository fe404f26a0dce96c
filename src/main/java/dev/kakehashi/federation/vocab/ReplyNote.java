package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A {@code Note} replying to another object: an author's answer to a comment (INTEROP A8.7).
 * {@code context} is null when embedded in an activity; {@code summary} (its content warning) and
 * {@code updated} (when it was last edited) are null when it has none.
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record ReplyNote(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        String attributedTo,
        String inReplyTo,
        String summary,
        String content,
        Map<String, String> contentMap,
        String url,
        String published,
        String updated,
        List<String> to,
        List<String> cc,
        Boolean sensitive,
        List<TagObject> tag) {
    public ReplyNote withoutContext() {
        return new ReplyNote(
                null,
                id,
                type,
                attributedTo,
                inReplyTo,
                summary,
                content,
                contentMap,
                url,
                published,
                updated,
                to,
                cc,
                sensitive,
                tag);
    }
}
