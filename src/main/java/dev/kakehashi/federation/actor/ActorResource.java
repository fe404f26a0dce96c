package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Actor documents at their ids ({@code /actor}, {@code /actors/blog}, {@code /actors/<account id>})
 * and on author pages ({@code /@<username>}) when asked for ActivityStreams. None needs a signature:
 * the instance actor in particular must be fetchable without one (INTEROP A2.8).
 */
@Path("/")
public final class ActorResource {
    private final LocalActors actors;

    public ActorResource(LocalActors actors) {
        this.actors = actors;
    }

    @GET
    @Path("actor")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response instance() {
        return ApResponses.publicJson(actors.document(ActorRef.INSTANCE));
    }

    @GET
    @Path("actors/{who}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response actor(@PathParam("who") String who) {
        return ApResponses.publicJson(actors.document(parse(who)));
    }

    /** A person following an actor id in a browser lands on the profile page. */
    @GET
    @Path("actors/{who}")
    @Produces("text/html")
    public Response actorPage(@PathParam("who") String who) {
        var summary = actors.summary(parse(who)).orElseThrow(() -> ServiceException.notFound("Actor"));
        return Response.seeOther(URI.create(summary.profileUrl()))
                .header("Vary", "Accept")
                .build();
    }

    @GET
    @Path("@{username}")
    @Produces({ApResponses.ACTIVITY_JSON, ApResponses.LD_JSON})
    public Response byUsername(@PathParam("username") String username) {
        ActorRef ref = actors.byUsername(username)
                .filter(r -> r.kind() != ActorRef.Kind.INSTANCE)
                .orElseThrow(() -> ServiceException.notFound("Actor"));
        return ApResponses.publicJson(actors.document(ref));
    }

    static ActorRef parse(String who) {
        if ("blog".equals(who)) {
            return ActorRef.BLOG;
        }
        try {
            long id = Long.parseLong(who);
            if (id > 0) {
                return ActorRef.author(id);
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw ServiceException.notFound("Actor");
    }
}
