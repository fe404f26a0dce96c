package dev.kakehashi.mastodon.instance;

import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.auth.RequiresScope;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/announcements} (INTEROP B10.5): the blog makes no server announcements, so the list
 * is empty and dismissing or reacting to one is 404.
 */
@Path("/api/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
public final class AnnouncementsResource {
    @GET
    @RequiresScope("read")
    public List<Object> all() {
        return List.of();
    }

    @POST
    @Path("{id}/dismiss")
    @RequiresScope("write:accounts")
    public Object dismiss() {
        throw MastodonErrors.notFound();
    }

    @PUT
    @Path("{id}/reactions/{name}")
    @RequiresScope("write:favourites")
    public Object react() {
        throw MastodonErrors.notFound();
    }

    @DELETE
    @Path("{id}/reactions/{name}")
    @RequiresScope("write:favourites")
    public Object unreact() {
        throw MastodonErrors.notFound();
    }
}
