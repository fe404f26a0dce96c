package dev.kakehashi.domain;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-sortable 64-bit ids in Mastodon's shape: milliseconds since the epoch in the high 48 bits
 * and a sequence in the low 16. Sorting ids sorts by creation time, so paging by {@code max_id}
 * is an index range scan. The random start of the sequence keeps nodes of a cluster apart.
 */
public final class Snowflake {
    private static final AtomicLong LAST = new AtomicLong();

    private Snowflake() {}

    /** A fresh id, larger than every id this JVM handed out before. */
    public static long next() {
        long candidate =
                (System.currentTimeMillis() << 16) | ThreadLocalRandom.current().nextInt(1 << 12);
        return LAST.accumulateAndGet(candidate, (last, fresh) -> Math.max(last + 1, fresh));
    }

    /**
     * An id placed at {@code instant} in the past (a post fetched long after it was written), with
     * random low bits, as Mastodon places a remote status at its publication time.
     */
    public static long at(Instant instant) {
        return (instant.toEpochMilli() << 16) | ThreadLocalRandom.current().nextInt(1 << 16);
    }

    /** The smallest id that could have been minted at {@code instant}: for time-range queries. */
    public static long atTime(Instant instant) {
        return instant.toEpochMilli() << 16;
    }

    public static Instant timeOf(long id) {
        return Instant.ofEpochMilli(id >>> 16);
    }
}
