package dev.kakehashi.mastodon.convert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the Mastodon API writes them (INTEROP B0.8): {@code 2026-08-21T13:50:27.000Z}. */
public final class ApiTimes {
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ApiTimes() {}

    /** The instant with milliseconds, or null for null. */
    public static String of(Instant t) {
        return t == null ? null : RFC3339.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
}
