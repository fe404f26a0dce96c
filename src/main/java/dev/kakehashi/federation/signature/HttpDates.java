package dev.kakehashi.federation.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates: IMF-fixdate out (RFC 7231 7.1.1.1), and the RFC 1123 forms peers send in. */
public final class HttpDates {
    // RFC_1123_DATE_TIME writes "Sun, 5 Jan 2014": IMF-fixdate wants two-digit days.
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private HttpDates() {}

    /** {@code Sun, 05 Jan 2014 21:31:40 GMT}. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /**
     * Parses an IMF-fixdate (or any RFC 1123 date with a zone).
     *
     * @throws SignatureException "bad date" when the value is not such a date
     */
    public static Instant parse(String value) {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new SignatureException("bad date");
        }
    }
}
