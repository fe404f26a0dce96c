package dev.kakehashi.federation.actor;

import dev.kakehashi.service.LocalUrl;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds {@code Vary: Accept} to every answer of a URL that serves both HTML and ActivityStreams,
 * error pages included, so no cache hands JSON to a browser or HTML to a server.
 */
@Provider
public final class VaryAcceptFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (LocalUrl.ofPath(request.getUriInfo().getPath()).negotiated()
                && !response.getHeaders().containsKey("Vary")) {
            response.getHeaders().add("Vary", "Accept");
        }
    }
}
