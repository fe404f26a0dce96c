package dev.kakehashi.federation.signature;

import java.util.Locale;
import java.util.Objects;

/**
 * What the verifier needs from a request, captured before Jersey touches it (INTEROP A0.1, A0.2).
 *
 * @param method the method as received ({@code POST})
 * @param scheme the scheme the peer used, normally {@code https} even behind a TLS-terminating proxy
 * @param target the raw path and query exactly as the peer sent them, context path included ({@code
 *     /users/alice/inbox?x=1})
 * @param headers the request headers
 * @param body the exact body bytes, empty for a GET
 */
public record IncomingRequest(String method, String scheme, String target, RequestHeaders headers, byte[] body) {
    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
    }

    /** An HTTPS request: federation runs over HTTPS only (INTEROP A0.3). */
    public IncomingRequest(String method, String target, RequestHeaders headers, byte[] body) {
        this(method, "https", target, headers, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The path without the query; {@code /} when the peer sent none. */
    public String path() {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        return path.isEmpty() ? "/" : path;
    }

    /** The raw query without {@code ?}, or null when there is none. */
    public String query() {
        int q = target.indexOf('?');
        return q < 0 ? null : target.substring(q + 1);
    }

    /** Whether the request carries content that a digest has to cover (POST, PUT, PATCH or any body). */
    public boolean hasContent() {
        String m = method.toUpperCase(Locale.ROOT);
        return body.length > 0 || m.equals("POST") || m.equals("PUT") || m.equals("PATCH");
    }
}
