package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors so a form can show all of them at once, then throws if there were any. */
public final class Validator {
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Trims {@code value}; records an error when it is blank (if required) or longer than {@code max}. */
    public String text(String field, String label, String value, boolean required, int max) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            fail(field, label + " is required");
        } else if (v.codePointCount(0, v.length()) > max) {
            fail(field, label + " must be at most " + max + " characters");
        }
        return v;
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) {
            fail(field, message);
        }
    }

    public void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean hasErrorFor(String field) {
        return errors.containsKey(field);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
