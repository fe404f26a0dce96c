package dev.kakehashi.mastodon.discovery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Discovery that a blog does not offer, answered as empty lists (INTEROP B4.6: "empty arrays are
 * fine"), so the apps that open them show nothing instead of an error: follow suggestions, the
 * profile directory, endorsed accounts and featured hashtags.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class DiscoveryResource {
    @GET
    @Path("{v: v1|v2}/suggestions")
    public List<Object> suggestions() {
        return List.of();
    }

    @GET
    @Path("v1/{list: endorsements|directory|featured_tags|featured_tags/suggestions}")
    public List<Object> empty() {
        return List.of();
    }
}
