package dev.kakehashi.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Set;

/**
 * Sends anonymous requests for {@code /admin} to the login page, and refuses every state-changing
 * request of a logged-in user whose CSRF token (form field {@code _csrf}, query parameter {@code
 * _csrf} for multipart forms, or header {@code X-CSRF-Token}) does not match the session's.
 *
 * <p>It runs after matching and decides on the route Jersey matched, never on the raw path:
 * {@code /admin;x/authors}, {@code /admin%3B/authors} or {@code //admin} reach the same resource
 * as {@code /admin/authors}, so they must meet the same guard.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AdminGuard implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String route = MatchedRoute.of(request);
        String path = request.getUriInfo().getPath();
        boolean admin = MatchedRoute.isUnder(route, "/admin");
        var who = Auth.optional(request);
        if (admin && who.isEmpty()) {
            if (SAFE.contains(request.getMethod())) {
                String next = "/" + path;
                request.abortWith(Response.seeOther(UriBuilder.fromUri("/login")
                                .queryParam("next", next)
                                .build())
                        .build());
            } else {
                request.abortWith(Response.status(401)
                        .type("text/plain;charset=utf-8")
                        .entity("Your session has ended. Log in again.")
                        .build());
            }
            return;
        }
        if (who.isPresent() && !SAFE.contains(request.getMethod()) && (admin || route.equals("/logout"))) {
            if (!CsrfCheck.matches(request, who.get())) {
                request.abortWith(Response.status(403)
                        .type("text/plain;charset=utf-8")
                        .entity("The form has expired or did not come from this site (CSRF token missing"
                                + " or wrong). Reload the page and try again.")
                        .build());
            }
        }
    }
}
