package dev.kakehashi.service;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.service.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A poll an author asks for, checked against the limits the instance documents advertise (Mastodon's:
 * two to four options of at most 50 characters, open five minutes to a month), with Mastodon's words.
 */
public record PollInput(List<String> options, Duration expiresIn, boolean multiple, boolean hideTotals) {
    public static final int MAX_OPTIONS = 4;
    public static final int MAX_CHARACTERS_PER_OPTION = 50;
    public static final Duration MIN_EXPIRATION = Duration.ofMinutes(5);
    public static final Duration MAX_EXPIRATION = Duration.ofSeconds(2_629_746);

    public PollInput {
        options = options.stream().map(String::strip).toList();
    }

    /** @throws InvalidInputException 422 for a poll Mastodon would refuse */
    public PollInput checked() {
        if (options.size() < 2) {
            throw InvalidInputException.of("poll", "Poll options must have more than one item");
        }
        if (options.size() > MAX_OPTIONS) {
            throw InvalidInputException.of("poll", "Poll options can't contain more than " + MAX_OPTIONS + " items");
        }
        if (options.stream().anyMatch(o -> o.codePointCount(0, o.length()) > MAX_CHARACTERS_PER_OPTION)) {
            throw InvalidInputException.of(
                    "poll", "Poll options cannot be longer than " + MAX_CHARACTERS_PER_OPTION + " characters each");
        }
        if (options.stream().anyMatch(String::isEmpty)) {
            throw InvalidInputException.of("poll", "Poll options can't be blank");
        }
        if (new HashSet<>(options).size() < options.size()) {
            throw InvalidInputException.of("poll", "Poll options contain duplicate items");
        }
        if (expiresIn == null) {
            throw InvalidInputException.of("poll", "Poll expires in is required");
        }
        if (expiresIn.compareTo(MIN_EXPIRATION) < 0) {
            throw InvalidInputException.of("poll", "Poll expires at is too soon");
        }
        if (expiresIn.compareTo(MAX_EXPIRATION) > 0) {
            throw InvalidInputException.of("poll", "Poll expires at is too far into the future");
        }
        return this;
    }

    /** The poll of post {@code postId}, open from {@code start}, with no votes yet. */
    Poll toPoll(long id, long postId, Instant start) {
        return new Poll(
                id,
                postId,
                null,
                options.stream().map(o -> new Poll.Option(o, 0)).toList(),
                multiple,
                hideTotals,
                start.plus(expiresIn),
                null,
                0);
    }
}
