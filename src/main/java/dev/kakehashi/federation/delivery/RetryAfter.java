package dev.kakehashi.federation.delivery;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses a Retry-After header: delay seconds or an HTTP date (RFC 9110 10.2.3). */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String v = header.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(now.plusSeconds(Math.min(seconds, 7 * 24 * 3600)));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
