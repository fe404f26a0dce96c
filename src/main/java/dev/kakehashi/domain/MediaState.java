package dev.kakehashi.domain;

/** Where an upload is in its processing; only an app's {@code POST /api/v2/media} is ever not ready. */
public enum MediaState {
    /** Sanitized and stored: it has its file and may be attached. */
    READY,
    /** Its original waits for the media processing job; it has no file yet. */
    PROCESSING,
    /** The decoder refused it while processing; its files are gone. */
    FAILED
}
