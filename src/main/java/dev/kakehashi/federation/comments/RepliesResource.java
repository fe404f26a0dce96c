package dev.kakehashi.federation.comments;

import dev.kakehashi.federation.actor.ApResponses;
import dev.kakehashi.service.Ids;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code /posts/<id>/replies} and its pages ({@code ?page=N}, {@code ?page=true} for the first). */
@Path("/posts/{id}/replies")
public final class RepliesResource {
    private final PostReplies replies;

    public RepliesResource(PostReplies replies) {
        this.replies = replies;
    }

    @GET
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON, "application/json; qs=0.5", "text/html; qs=0.1"})
    public Response replies(@PathParam("id") String id, @QueryParam("page") String page) {
        return ApResponses.json(replies.served(Ids.parse(id, "Post"), ApResponses.page(page)));
    }
}
