package dev.kakehashi.federation.signature;

import java.util.Locale;

/**
 * The values of RFC 9421 covered components for an incoming request (RFC 9421 section 2): the
 * derived {@code @method}, {@code @target-uri}, {@code @authority}, {@code @scheme}, {@code
 * @request-target}, {@code @path}, {@code @query}, and plain header fields.
 */
final class Components {
    private Components() {}

    /**
     * @throws SignatureException "unsupported component" for components Kakehashi does not derive
     *     ({@code @query-param}, {@code @status}, structured-field parameters), "missing signed
     *     header" for an absent field
     */
    static String value(IncomingRequest request, String name) {
        switch (name) {
            case "@method":
                return request.method();
            case "@target-uri":
                return scheme(request) + "://" + authority(request) + request.target();
            case "@authority":
                return authority(request);
            case "@scheme":
                return scheme(request);
            case "@request-target":
                return request.target();
            case "@path":
                return request.path();
            case "@query":
                return "?" + (request.query() == null ? "" : request.query());
            default:
                if (name.startsWith("@") || !name.equals(name.toLowerCase(Locale.ROOT))) {
                    throw new SignatureException("unsupported component");
                }
                return request.headers()
                        .combined(name)
                        .orElseThrow(() -> new SignatureException("missing signed header"));
        }
    }

    private static String scheme(IncomingRequest request) {
        return request.scheme().toLowerCase(Locale.ROOT);
    }

    /** The Host header, lower-cased, without the scheme's default port (RFC 9421 section 2.2.3). */
    private static String authority(IncomingRequest request) {
        String host = request.headers()
                .combined("host")
                .orElseThrow(() -> new SignatureException("missing signed header"))
                .toLowerCase(Locale.ROOT);
        String defaultPort =
                scheme(request).equals("https") ? ":443" : scheme(request).equals("http") ? ":80" : null;
        return defaultPort != null && host.endsWith(defaultPort)
                ? host.substring(0, host.length() - defaultPort.length())
                : host;
    }
}
