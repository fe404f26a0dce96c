package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.id.ActorRef;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code <actor id>/outbox}, {@code /followers}, {@code /following} and {@code /collections/featured};
 * {@code ?page=N} for a page. JSON whatever the Accept header, as Mastodon serves them.
 */
@Path("/")
public final class CollectionsResource {
    private final ActorCollections collections;

    public CollectionsResource(ActorCollections collections) {
        this.collections = collections;
    }

    @GET
    @Path("actor/{collection: outbox|followers|following|collections/featured}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON, "application/json; qs=0.5", "text/html; qs=0.1"})
    public Response ofInstance(@PathParam("collection") String collection, @QueryParam("page") String page) {
        return serve(ActorRef.INSTANCE, collection, page);
    }

    @GET
    @Path("actors/{who}/{collection: outbox|followers|following|collections/featured}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON, "application/json; qs=0.5", "text/html; qs=0.1"})
    public Response of(
            @PathParam("who") String who, @PathParam("collection") String collection, @QueryParam("page") String page) {
        return serve(ActorResource.parse(who), collection, page);
    }

    private Response serve(ActorRef ref, String collection, String rawPage) {
        Integer page = ApResponses.page(rawPage);
        Object body;
        switch (collection) {
            case "outbox":
                body = collections.outbox(ref, page);
                break;
            case "followers":
                body = collections.followers(ref, page);
                break;
            case "following":
                body = collections.following(ref, page);
                break;
            default:
                body = collections.featured(ref, page);
                break;
        }
        // The same for every reader, so the page cache keeps it: writes to the follower, following
        // and post tables empty that cache (TableWrites), so a follow, an unfollow or a new post
        // shows on the very next request.
        return ApResponses.publicJson(body);
    }
}
