package dev.kakehashi.service.wordpress;

import java.net.URI;

/**
 * Fetches a file from the old WordPress site: only where an outgoing request may go (no private
 * addresses), at most as large as an upload may be, in bounded time, and at a polite pace per host.
 * Implemented where outgoing requests are made; the importer only sees this.
 */
public interface OldSiteFiles {
    /**
     * The bytes at {@code uri}.
     *
     * @throws Unavailable with a one-line reason (not found, too large, blocked, timed out...)
     */
    byte[] get(URI uri);

    /** Why a file could not be had; the message names the address and is safe to show. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
