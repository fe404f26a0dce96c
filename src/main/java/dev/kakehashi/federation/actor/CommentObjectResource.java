package dev.kakehashi.federation.actor;

import dev.kakehashi.service.Ids;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An author's answer at its id, {@code /comments/<id>}: the Note for ActivityPub clients, and for
 * browsers a redirect to the comment in its thread on the post's page.
 */
@Path("/comments/{id}")
public final class CommentObjectResource {
    private final LocalAnswers answers;

    public CommentObjectResource(LocalAnswers answers) {
        this.answers = answers;
    }

    @GET
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response note(@PathParam("id") String id) {
        LocalObjects.Served served = answers.byId(Ids.parse(id, "Comment"));
        return ApResponses.json(served.status(), served.body());
    }

    @GET
    @Produces("text/html")
    public Response page(@PathParam("id") String id) {
        return Response.seeOther(URI.create(answers.pageOf(Ids.parse(id, "Comment"))))
                .header("Vary", "Accept")
                .build();
    }
}
