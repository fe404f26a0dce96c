package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A post's {@code replies} (INTEROP A10.4): a {@code Collection} whose first page is embedded, as
 * Mastodon reads only an embedded first page on a pushed object. {@code context} is null when
 * embedded in a post.
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record RepliesCollection(
        @JsonProperty("@context") List<Object> context, String id, String type, long totalItems, Page first) {

    /** One {@code CollectionPage}: {@code items} are comment ids, oldest first. */
    @JsonPropertyOrder({"@context", "id", "type"})
    public record Page(
            @JsonProperty("@context") List<Object> context,
            String id,
            String type,
            String partOf,
            String next,
            List<String> items) {}
}
