package dev.kakehashi.federation.actor;

import dev.kakehashi.service.Ids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * Posts as Note or Article at the same URLs people read them on, when asked for ActivityStreams:
 * {@code /posts/<id>} (the id) and {@code /articles/<slug>}. A deleted post answers 410 with a
 * Tombstone.
 */
@Path("/")
public final class ObjectResource {
    private final LocalObjects objects;
    private final SignedFetch signed;

    public ObjectResource(LocalObjects objects, SignedFetch signed) {
        this.objects = objects;
        this.signed = signed;
    }

    @GET
    @Path("posts/{id}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response post(@PathParam("id") String id, @Context HttpServletRequest request) {
        long postId = Ids.parse(id, "Post");
        return answer(objects.byId(postId), request, signer -> objects.byId(postId, signer));
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
    public Response article(@PathParam("slug") String slug, @Context HttpServletRequest request) {
        return answer(objects.byArticleSlug(slug), request, signer -> objects.byArticleSlug(slug, signer));
    }

    /**
     * A followers-only or direct post needs a signature from a server allowed to see it. The key is
     * fetched only then, and outside the unit of work that read the post.
     */
    private Response answer(
            LocalObjects.Served anonymous, HttpServletRequest request, Function<String, LocalObjects.Served> asSigner) {
        if (!anonymous.restricted()) {
            return ApResponses.publicJson(anonymous.status(), anonymous.body());
        }
        LocalObjects.Served served = signed.signer(request).map(asSigner).orElse(anonymous);
        // A cache must never hand a signed server's copy to anyone else.
        return Response.fromResponse(ApResponses.json(served.status(), served.body()))
                .header("Cache-Control", "no-store, private")
                .build();
    }

    /** A positive database id from a path segment; anything else is a 404 for {@code what}. */
}
