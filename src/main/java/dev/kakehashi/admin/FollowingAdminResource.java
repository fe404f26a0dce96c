package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.InvalidInputException;
import dev.kakehashi.service.RemoteFollowing;
import dev.kakehashi.service.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * People on other servers the signed-in author follows: follow by handle or URL, unfollow, and the
 * newest posts they sent.
 */
@Path("/admin/following")
public final class FollowingAdminResource {
    static final int RECENT_POSTS = 40;

    private final RemoteFollowing following;
    private final AdminRenderer renderer;

    public FollowingAdminResource(RemoteFollowing following, AdminRenderer renderer) {
        this.following = following;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("followed") String followed,
            @QueryParam("unfollowed") String unfollowed,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        String notice = followed != null
                ? "Follow request sent to " + followed + "."
                : unfollowed != null ? "You no longer follow " + unfollowed + "." : null;
        return page(200, me, "", Map.of(), notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response follow(@FormParam("target") String target, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            RemoteFollowing.Followed f = following.follow(me.accountId(), target);
            return Response.seeOther(URI.create("/admin/following?followed=" + encode(f.handle())))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, me, target, e.fieldErrors(), null, null);
        } catch (ServiceException e) {
            return page(e.status(), me, target, Map.of(), null, e.getMessage());
        }
    }

    @POST
    @Path("unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response unfollow(@FormParam("actor") String actor, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (actor == null || actor.isBlank()) {
            return page(422, me, "", Map.of(), null, "Choose an account to unfollow.");
        }
        following.unfollow(me.accountId(), actor);
        return Response.seeOther(URI.create("/admin/following?unfollowed=" + encode(actor)))
                .build();
    }

    private Response page(
            int status, SignedIn me, String target, Map<String, String> errors, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("following", following.following(me.accountId()));
        model.put("posts", following.recentPosts(me.accountId(), RECENT_POSTS));
        model.put("target", target == null ? "" : target);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("problem", problem);
        return renderer.render(status, "following", "Following", me, model);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
