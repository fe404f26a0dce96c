package dev.kakehashi.web;

import java.util.Locale;
import java.util.Optional;

/**
 * One {@code Range: bytes=...} request (RFC 9110 §14.1.2) resolved against a file's length. A
 * header that is absent, malformed, in another unit or asks for several ranges is ignored (empty),
 * so the whole file is served; one that is well formed but outside the file is unsatisfiable.
 */
record ByteRange(long first, long last) {
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    boolean satisfiable() {
        return first >= 0;
    }

    long length() {
        return last - first + 1;
    }

    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return Optional.empty();
        }
        String spec = h.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0 || spec.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (!digits(from) && !(from.isEmpty() && digits(to)) || !to.isEmpty() && !digits(to)) {
            return Optional.empty();
        }
        if (from.isEmpty()) {
            long suffix = number(to);
            return Optional.of(
                    suffix == 0 || size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = number(from);
        long last = to.isEmpty() ? Long.MAX_VALUE : number(to);
        if (last < first) {
            return Optional.empty();
        }
        return Optional.of(first >= size ? UNSATISFIABLE : new ByteRange(first, Math.min(last, size - 1)));
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Positions past what a long holds are as good as infinite. */
    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }
}
