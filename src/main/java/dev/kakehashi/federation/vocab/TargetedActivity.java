package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kakehashi.domain.ActivityType;
import java.util.List;

/** An activity on a collection ({@code Add}, {@code Remove}): its {@code object} goes into or out of {@code target}. */
@JsonPropertyOrder({"@context", "id", "type"})
public record TargetedActivity(
        @JsonProperty("@context") List<Object> context,
        String id,
        ActivityType type,
        String actor,
        String published,
        List<String> to,
        List<String> cc,
        String object,
        String target) {}
