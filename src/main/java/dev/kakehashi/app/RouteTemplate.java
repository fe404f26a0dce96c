package dev.kakehashi.app;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Records the route template Jersey matched ({@code /admin/media/{id}/alt}, never the raw path) as
 * a request attribute, so {@link HttpMetricsFilter} can label the request with it.
 */
final class RouteTemplate implements ContainerResponseFilter {
    static final String ATTRIBUTE = "kakehashi.route";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
            return;
        }
        List<UriTemplate> templates = info.getMatchedTemplates();
        if (templates.isEmpty()) {
            return;
        }
        // Matched templates come innermost first: the method's, then its resource class's.
        StringBuilder route = new StringBuilder();
        for (UriTemplate t : templates) {
            String part = t.getTemplate();
            route.insert(0, part.startsWith("/") ? part : "/" + part);
        }
        // Jersey's servlet properties are the servlet request's attributes.
        request.setProperty(ATTRIBUTE, route.toString().replaceAll("/{2,}", "/"));
    }
}
