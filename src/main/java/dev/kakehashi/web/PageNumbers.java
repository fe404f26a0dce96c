package dev.kakehashi.web;

import dev.kakehashi.service.ServiceException;

/** Reads a {@code ?page=} parameter; anything but a small positive number is a 404, never a 500. */
final class PageNumbers {
    private PageNumbers() {}

    static int parse(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Page");
        }
    }
}
