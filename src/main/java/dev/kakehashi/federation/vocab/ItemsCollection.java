package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A small collection with its items inline, as Mastodon serves an actor's featured (pinned) posts
 * and Misskey reads them (it takes the front's {@code orderedItems}), plus a {@code first} page with
 * the same items for readers that follow it (Mastodon does when it is present).
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record ItemsCollection(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        long totalItems,
        String first,
        List<?> orderedItems) {
    public static ItemsCollection of(String id, List<?> items) {
        return new ItemsCollection(
                Contexts.object(), id, "OrderedCollection", items.size(), id + "?page=1", List.copyOf(items));
    }
}
