package dev.kakehashi.mastodon.auth;

import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.service.oauth.OAuthGrants;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Resolves {@code Authorization: Bearer} on the Mastodon API into the request's {@link ApiCaller},
 * and enforces {@link RequiresScope}: 401 for a missing, unknown or revoked token, 403 for a token
 * without the scope. It runs after matching, so it sees the resource method's annotation.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
    public static final String INVALID_TOKEN = "The access token is invalid";
    public static final String OUTSIDE_SCOPES = "This action is outside the authorized scopes";

    private final OAuthGrants grants;

    public BearerTokenFilter(OAuthGrants grants) {
        this.grants = grants;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("api/") && !path.startsWith("oauth/userinfo")) {
            return;
        }
        Optional<OAuthToken> token = bearer(request).flatMap(grants::resolve);
        token.ifPresent(
                t -> request.setProperty(ApiCaller.PROPERTY, new ApiCaller(t.appId(), t.accountId(), t.scopes())));
        String[] needed = requiredScopes(request);
        if (needed == null) {
            return;
        }
        if (token.isEmpty()) {
            request.abortWith(MastodonErrors.error(401, INVALID_TOKEN));
            return;
        }
        ApiCaller caller = ApiCaller.of(request).orElseThrow();
        if (Arrays.stream(needed).noneMatch(caller::allows)) {
            request.abortWith(MastodonErrors.error(403, OUTSIDE_SCOPES));
        }
    }

    static Optional<String> bearer(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /** The matched method's scopes (its own annotation, else its class's); null when public. */
    private static String[] requiredScopes(ContainerRequestContext request) {
        if (!(request instanceof ContainerRequest jersey)) {
            return null;
        }
        ResourceMethod method = jersey.getUriInfo().getMatchedResourceMethod();
        if (method == null) {
            return null;
        }
        Method handler = method.getInvocable().getDefinitionMethod();
        RequiresScope scope = handler.getAnnotation(RequiresScope.class);
        if (scope == null) {
            scope = method.getInvocable().getHandler().getHandlerClass().getAnnotation(RequiresScope.class);
        }
        return scope == null ? null : scope.value();
    }
}
