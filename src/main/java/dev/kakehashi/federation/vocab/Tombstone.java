package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** What a deleted post's id answers, with 410. */
@JsonPropertyOrder({"@context", "id", "type"})
public record Tombstone(
        @JsonProperty("@context") List<Object> context, String id, String type, String formerType, String deleted) {}
