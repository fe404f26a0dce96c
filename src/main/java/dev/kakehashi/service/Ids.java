package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;

/** Ids as they arrive in URLs: a positive number, or the thing they name is simply not there. */
public final class Ids {
    private Ids() {}

    /**
     * @param what names the missing thing in the 404's message ("Post", "Comment"...)
     * @throws ServiceException 404 when {@code raw} is not a positive number
     */
    public static long parse(String raw, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw ServiceException.notFound(what);
    }
}
