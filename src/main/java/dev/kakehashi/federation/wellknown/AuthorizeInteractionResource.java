package dev.kakehashi.federation.wellknown;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The WebFinger subscribe template's target ({@code /authorize_interaction?uri=...}). A URI of
 * ours opens its page; a remote one takes the author to the admin (where following will live), whose
 * login gate asks who they are first.
 */
@Path("/authorize_interaction")
public final class AuthorizeInteractionResource {
    private final ActorIds ids;

    public AuthorizeInteractionResource(ActorIds ids) {
        this.ids = ids;
    }

    @GET
    public Response interact(@QueryParam("uri") String uri) {
        if (uri == null || uri.isBlank()) {
            throw new ServiceException(400, "uri is required");
        }
        String u = uri.strip();
        if (u.startsWith("acct:")) {
            return Response.seeOther(URI.create("/admin")).build();
        }
        URI target;
        try {
            target = new URI(u);
        } catch (URISyntaxException e) {
            throw new ServiceException(400, "uri is not a URL");
        }
        if (!"https".equalsIgnoreCase(target.getScheme()) && !"http".equalsIgnoreCase(target.getScheme())) {
            throw new ServiceException(400, "uri must be an http(s) URL");
        }
        if (ids.isOurs(u)) {
            return Response.seeOther(target).build();
        }
        return Response.seeOther(URI.create("/admin")).build();
    }
}
