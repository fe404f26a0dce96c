package dev.kakehashi.federation.remote;

import java.net.URI;

/**
 * Why a remote document could not be had. The message is safe to log and show (it names the URL
 * and the reason, never a stack trace); {@link #reason()} lets callers act on it, for example
 * deleting a cached actor on {@link Reason#GONE}.
 */
public final class RemoteFetchException extends RuntimeException {
    /** What went wrong, coarse enough to branch on. */
    public enum Reason {
        /** The URL or its resolved address is not allowed (SSRF guard, scheme). */
        BLOCKED,
        /** 404. */
        NOT_FOUND,
        /** 410: the object or actor was deleted. */
        GONE,
        /** Any other status that is not 200. */
        HTTP_ERROR,
        /** More than the allowed number of redirects. */
        TOO_MANY_REDIRECTS,
        /** The body is larger than the limit. */
        TOO_LARGE,
        /** The Content-Type is not an ActivityStreams (or, for WebFinger, JSON) type. */
        WRONG_CONTENT_TYPE,
        /** Not JSON, or JSON that is not the expected shape. */
        INVALID_DOCUMENT,
        /** The document's id is not the URL it was fetched from. */
        ID_MISMATCH,
        /** Timeout, refused connection, TLS failure, unknown host. */
        UNREACHABLE
    }

    private final Reason reason;
    private final URI uri;

    public RemoteFetchException(Reason reason, URI uri, String message) {
        super(uri + ": " + message, null, false, false);
        this.reason = reason;
        this.uri = uri;
    }

    public Reason reason() {
        return reason;
    }

    public URI uri() {
        return uri;
    }
}
