package dev.kakehashi.service.error;

/**
 * An OAuth 2 error (RFC 6749 section 5.2): answered as {@code {"error": code, "error_description":
 * message}}, 400 for a bad grant or request and 401 for a client that failed to authenticate.
 */
public final class OAuthException extends ServiceException {
    private final String code;

    public OAuthException(int status, String code, String description) {
        super(status, description);
        this.code = code;
    }

    /** {@code invalid_grant}, {@code invalid_client}, {@code invalid_scope}... */
    public String code() {
        return code;
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException(400, "invalid_scope", description);
    }

    public static OAuthException invalidClient() {
        return new OAuthException(
                401,
                "invalid_client",
                "Client authentication failed due to unknown client, no client authentication included,"
                        + " or unsupported authentication method.");
    }
}
