package dev.kakehashi.mastodon.instance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/trends}, {@code /trends/tags}, {@code /trends/statuses}, {@code /trends/links}
 * (INTEROP B7.4): a blog computes no trends; empty lists, as Hollo answers.
 */
@Path("/api/v1/trends")
@Produces(MediaType.APPLICATION_JSON)
public final class TrendsResource {
    @GET
    public List<Object> tags() {
        return List.of();
    }

    @GET
    @Path("{kind: tags|statuses|links}")
    public List<Object> of() {
        return List.of();
    }
}
