package dev.kakehashi.mastodon.auth;

import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.oauth.OAuthScopes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls the Mastodon API on this request: the app whose token was sent, the author it acts for
 * (null for an app-only token from {@code client_credentials}) and the scopes granted. Set by
 * {@link BearerTokenFilter} on every request under {@code /api/} that carries a valid token.
 */
public record ApiCaller(long appId, Long accountId, Set<String> scopes) {
    /** The request property that holds the caller. */
    public static final String PROPERTY = "kakehashi.apiCaller";

    public ApiCaller {
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }

    public boolean hasUser() {
        return accountId != null;
    }

    /** The author the token acts for; 401 (as Mastodon answers) for an app-only token. */
    public long requireAccountId() {
        if (accountId == null) {
            throw ServiceException.unauthorized("This method requires an authenticated user");
        }
        return accountId;
    }

    /** Whether the granted scopes cover {@code scope} ({@code read} covers {@code read:statuses}...). */
    public boolean allows(String scope) {
        return OAuthScopes.covers(scopes, scope);
    }

    public static Optional<ApiCaller> of(ContainerRequestContext request) {
        return Optional.ofNullable((ApiCaller) request.getProperty(PROPERTY));
    }

    /** The caller of a method that needs a token; 401 (Mastodon's JSON error) when none was sent. */
    public static ApiCaller require(ContainerRequestContext request) {
        return of(request)
                .orElseThrow(() -> ServiceException.unauthorized("This method requires an authenticated user"));
    }

    /** The author the caller's token acts for; 401 without a token or for an app-only token. */
    public static long accountOf(ContainerRequestContext request) {
        return require(request).requireAccountId();
    }
}
