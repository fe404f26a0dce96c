package dev.kakehashi.mastodon.media;

import dev.kakehashi.service.error.InvalidInputException;

/**
 * A media focus point as apps send it: {@code "x,y"}, each between -1 and 1. Checked so that a bad
 * value is a clear 422; images keep no focus point yet, so a good one changes nothing.
 */
public final class FocusPoint {
    private FocusPoint() {}

    public static void check(String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String[] parts = raw.split(",", -1);
        if (parts.length == 2 && inRange(parts[0]) && inRange(parts[1])) {
            return;
        }
        throw InvalidInputException.of("focus", "Focus must be two numbers between -1 and 1, as x,y");
    }

    private static boolean inRange(String s) {
        try {
            double v = Double.parseDouble(s.strip());
            return v >= -1 && v <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
