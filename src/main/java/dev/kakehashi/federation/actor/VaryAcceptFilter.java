package dev.kakehashi.federation.actor;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Adds {@code Vary: Accept} to every answer of a URL that serves both HTML and ActivityStreams,
 * error pages included, so no cache hands JSON to a browser or HTML to a server.
 */
@Provider
public final class VaryAcceptFilter implements ContainerResponseFilter {
    private static final Pattern NEGOTIATED =
            Pattern.compile("^/?(@[^/]+|posts/[^/]+|articles/[^/]+|actor|actors/[^/]+)/?$");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (NEGOTIATED.matcher(path).matches() && !response.getHeaders().containsKey("Vary")) {
            response.getHeaders().add("Vary", "Accept");
        }
    }
}
