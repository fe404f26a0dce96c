package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A small collection with its items inline and no pages, as Mastodon serves an actor's featured
 * (pinned) posts and reads them back ({@code orderedItems} for an {@code OrderedCollection}).
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record ItemsCollection(
        @JsonProperty("@context") List<Object> context, String id, String type, long totalItems, List<?> orderedItems) {
    public static ItemsCollection of(String id, List<?> items) {
        return new ItemsCollection(Contexts.object(), id, "OrderedCollection", items.size(), List.copyOf(items));
    }
}
