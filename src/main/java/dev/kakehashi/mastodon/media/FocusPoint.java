package dev.kakehashi.mastodon.media;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.service.error.InvalidInputException;

/** A media focus point as apps send it: {@code "x,y"}, each between -1 and 1; a bad one is a clear 422. */
public final class FocusPoint {
    private FocusPoint() {}

    /** The focal point in {@code raw}; null when it is absent or blank (nothing to change). */
    public static FocalPoint parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.split(",", -1);
        if (parts.length == 2) {
            Double x = coordinate(parts[0]);
            Double y = coordinate(parts[1]);
            if (x != null && y != null) {
                return new FocalPoint(x, y);
            }
        }
        throw InvalidInputException.of("focus", "Focus must be two numbers between -1 and 1, as x,y");
    }

    private static Double coordinate(String s) {
        try {
            double v = Double.parseDouble(s.strip());
            return v >= -1 && v <= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
