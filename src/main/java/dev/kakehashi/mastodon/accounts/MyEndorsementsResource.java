package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /api/v1/endorsements}: the accounts the caller features, paged with a {@code Link} header. */
@Path("/api/v1/endorsements")
@Produces(MediaType.APPLICATION_JSON)
public final class MyEndorsementsResource {
    private final EndorsementsResource endorsements;

    public MyEndorsementsResource(EndorsementsResource endorsements) {
        this.endorsements = endorsements;
    }

    @GET
    @RequiresScope("read:accounts")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return endorsements.page(ApiCaller.accountOf(request), uri);
    }
}
