package dev.kakehashi.federation.polls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.federation.vocab.Lenient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The poll of a received {@code Question}: its options from {@code oneOf} (single choice) or {@code
 * anyOf} (several), each a named object whose {@code replies.totalItems} counts its votes; {@code
 * endTime}, {@code closed} (a date, or {@code true} as some servers write it) and {@code votersCount}
 * (absent from older servers: then the votes of a single-choice poll).
 */
final class QuestionToPoll {
    /** More options than any server allows are cut, so a hostile Question stays small. */
    static final int MAX_OPTIONS = 20;

    private QuestionToPoll() {}

    /** The poll, or null when the object has no options. */
    static Poll of(JsonNode question, Instant now) {
        boolean multiple = question.hasNonNull("anyOf") && !question.hasNonNull("oneOf");
        List<Poll.Option> options = new ArrayList<>();
        for (JsonNode o : Lenient.asArray(question.get(multiple ? "anyOf" : "oneOf"))) {
            String name = Lenient.text(o.get("name"));
            if (name == null || name.isBlank() || options.size() == MAX_OPTIONS) {
                continue;
            }
            JsonNode replies = o.get("replies");
            int votes = replies != null && replies.path("totalItems").canConvertToInt()
                    ? Math.max(0, replies.path("totalItems").asInt())
                    : 0;
            options.add(new Poll.Option(name.strip(), votes));
        }
        if (options.isEmpty()) {
            return null;
        }
        Instant end = instant(question.get("endTime"));
        JsonNode closedNode = question.get("closed");
        Instant closed =
                closedNode == null || closedNode.isNull() || (closedNode.isBoolean() && !closedNode.asBoolean())
                        ? null
                        : closedNode.isBoolean() ? (end != null ? end : now) : instant(closedNode);
        JsonNode voters = question.get("votersCount");
        int votersCount = voters != null && voters.canConvertToInt()
                ? Math.max(0, voters.asInt())
                : multiple
                        ? 0
                        : options.stream().mapToInt(Poll.Option::votesCount).sum();
        return new Poll(0, null, null, options, multiple, false, end, closed, votersCount);
    }

    private static Instant instant(JsonNode node) {
        String text = Lenient.text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
