package dev.kakehashi.store;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading column values whose Java type differs between drivers (H2, PostgreSQL). */
final class Rows {
    private Rows() {}

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
