package dev.kakehashi.mastodon.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Datetimes as Mastodon writes them (INTEROP B0.8): RFC 3339 in UTC with exactly three fractional
 * digits and an upper-case Z ({@code 2026-08-21T13:50:27.000Z}); dates as {@code YYYY-MM-DD}.
 */
public final class MastodonTime {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private MastodonTime() {}

    /** The datetime, or null for null. */
    public static String datetime(Instant at) {
        return at == null ? null : DATETIME.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The day, or null for null. */
    public static String date(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
