package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A collection's front: its total and the URL of its first page. Without {@code first}, Mastodon
 * shows the list as hidden (INTEROP A2.6).
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record OrderedCollection(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        long totalItems,
        String first,
        String last) {
    public static OrderedCollection of(String id, long totalItems) {
        return new OrderedCollection(Contexts.collection(), id, "OrderedCollection", totalItems, id + "?page=1", null);
    }
}
