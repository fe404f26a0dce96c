package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kakehashi.domain.ActivityType;
import java.util.List;

/** An activity (Create, Announce...) whose {@code object} is an embedded object or an id. */
@JsonPropertyOrder({"@context", "id", "type"})
public record Activity(
        @JsonProperty("@context") List<Object> context,
        String id,
        ActivityType type,
        String actor,
        String published,
        List<String> to,
        List<String> cc,
        Object object) {}
