package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One page of a collection, newest first; {@code orderedItems} are activities or actor ids. */
@JsonPropertyOrder({"@context", "id", "type"})
public record OrderedCollectionPage(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        String partOf,
        long totalItems,
        String next,
        String prev,
        List<?> orderedItems) {}
