package dev.kakehashi.app;

import dev.kakehashi.admin.MatchedRoute;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Records the route template Jersey matched ({@code /admin/media/{id}/alt}, never the raw path) as
 * a request attribute, so {@link HttpMetricsFilter} can label the request with it.
 */
final class RouteTemplate implements ContainerResponseFilter {
    static final String ATTRIBUTE = "kakehashi.route";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String route = MatchedRoute.of(request);
        if (!route.isEmpty()) {
            // Jersey's servlet properties are the servlet request's attributes.
            request.setProperty(ATTRIBUTE, route);
        }
    }
}
