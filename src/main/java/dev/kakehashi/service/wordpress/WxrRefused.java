package dev.kakehashi.service.wordpress;

import dev.kakehashi.service.error.ServiceException;

/** A file that is not a readable WordPress export; the message is one line that says why. */
public final class WxrRefused extends ServiceException {
    public WxrRefused(String message) {
        super(422, message);
    }
}
