package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A post with a poll, as Mastodon sends one: the post's properties with {@code type: Question}, and
 * its options as {@code oneOf} (single choice) or {@code anyOf} (several), each a {@code Note} named
 * for the option whose {@code replies.totalItems} counts its votes; {@code endTime}, {@code closed}
 * once ended, {@code votersCount} (INTEROP A6.7).
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record QuestionObject(
        @JsonUnwrapped PostObject post,
        List<Choice> oneOf,
        List<Choice> anyOf,
        String endTime,
        String closed,
        Integer votersCount) {
    /** One option. */
    public record Choice(String type, String name, Votes replies) {
        public Choice(String name, int votes) {
            this("Note", name, new Votes("Collection", votes));
        }
    }

    /** An option's votes, as a collection with only its size. */
    public record Votes(String type, int totalItems) {}
}
