package dev.kakehashi.mastodon.instance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/custom_emojis} (INTEROP B10.3): the blog has no custom emojis of its own, and
 * keeps only the names of those in emoji reactions (no images), so the list is honestly empty.
 */
@Path("/api/v1/custom_emojis")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomEmojisResource {
    @GET
    public List<Object> all() {
        return List.of();
    }
}
