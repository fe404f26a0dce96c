package dev.kakehashi.federation.actor;

import dev.kakehashi.service.Ids;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * Posts as Note or Article at the same URLs people read them on, when asked for ActivityStreams:
 * {@code /posts/<id>} (the id) and {@code /articles/<slug>}. A deleted post answers 410 with a
 * Tombstone.
 */
@Path("/")
public final class ObjectResource {
    private final LocalObjects objects;

    public ObjectResource(LocalObjects objects) {
        this.objects = objects;
    }

    @GET
    @Path("posts/{id}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response post(@PathParam("id") String id) {
        LocalObjects.Served served = objects.byId(Ids.parse(id, "Post"));
        return ApResponses.json(served.status(), served.body());
    }

    /** The post's likes or shares collection: its size only. */
    @GET
    @Path("posts/{id}/{which: likes|shares}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response reactions(@PathParam("id") String id, @PathParam("which") String which) {
        LocalObjects.Served served = objects.collection(Ids.parse(id, "Post"), which);
        return ApResponses.json(served.status(), served.body());
    }

    @GET
    @Path("articles/{slug}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response article(@PathParam("slug") String slug) {
        LocalObjects.Served served = objects.byArticleSlug(slug);
        return ApResponses.json(served.status(), served.body());
    }

    /** A positive database id from a path segment; anything else is a 404 for {@code what}. */
}
