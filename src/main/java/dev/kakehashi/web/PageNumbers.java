package dev.kakehashi.web;

import dev.kakehashi.service.Page;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.PagerView;

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

    /** A page past the last one is a 404, so crawlers cannot walk an endless list of empty pages. */
    static <T> Page<T> existing(Page<T> page) {
        if (page.number() > page.totalPages()) {
            throw ServiceException.notFound("Page");
        }
        return page;
    }

    /** The newer/older links of {@code page}, whose page 1 lives at {@code base}. */
    static PagerView pager(Page<?> page, String base) {
        return new PagerView(
                page.number(),
                page.totalPages(),
                page.hasPrevious() ? url(base, page.number() - 1) : null,
                page.hasNext() ? url(base, page.number() + 1) : null);
    }

    /** {@code base} for page 1, {@code base?page=n} after it. */
    static String url(String base, int number) {
        return number == 1 ? base : base + "?page=" + number;
    }
}
