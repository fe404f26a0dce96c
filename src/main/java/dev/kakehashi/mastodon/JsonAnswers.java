package dev.kakehashi.mastodon;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The Mastodon API answers JSON whatever the {@code Accept} header asks (as Mastodon does): a
 * browser's {@code text/html} or a client's odd list must not turn into 406.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class JsonAnswers implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("api/")
                || path.equals("oauth/token")
                || path.equals("oauth/revoke")
                || path.startsWith("oauth/userinfo")
                || path.startsWith(".well-known/oauth-authorization-server")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
