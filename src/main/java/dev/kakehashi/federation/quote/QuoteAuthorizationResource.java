package dev.kakehashi.federation.quote;

import dev.kakehashi.federation.actor.ApResponses;
import dev.kakehashi.service.Ids;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** A QuoteAuthorization stamp at {@code /posts/<id>/quote_authorizations/<stamp>}; 404 when there is none. */
@Path("/posts/{id}/quote_authorizations/{stamp}")
public final class QuoteAuthorizationResource {
    private final QuoteStamps stamps;

    public QuoteAuthorizationResource(QuoteStamps stamps) {
        this.stamps = stamps;
    }

    @GET
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON, "application/json"})
    public Response stamp(@PathParam("id") String id, @PathParam("stamp") String stamp) {
        return stamps.document(Ids.parse(id, "Post"), Ids.parse(stamp, "Quote authorization"))
                .map(ApResponses::json)
                .orElseThrow(() -> ServiceException.notFound("Quote authorization"));
    }
}
