package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.FeedSubscribers;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.Ids;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Remote followers and follow requests: approve or reject them, and (admins) choose whether
 * follows need approval. Authors see their own actor's followers, admins everyone's. In the same
 * table, the feed readers' subscriber counts: of every feed for admins, of their own for authors.
 */
@Path("/admin/followers")
public final class FollowersAdminResource {
    private final FollowerAdmin followers;
    private final FeedSubscribers feeds;
    private final SiteService site;
    private final AdminRenderer renderer;

    public FollowersAdminResource(
            FollowerAdmin followers, FeedSubscribers feeds, SiteService site, AdminRenderer renderer) {
        this.followers = followers;
        this.feeds = feeds;
        this.site = site;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(@QueryParam("done") String done, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        Map<String, Object> model = new HashMap<>();
        model.put("followers", followers.list(me.accountId(), me.admin()));
        String own = Links.authorPath(me.username()) + "/";
        var readers = feeds.all().stream()
                .filter(r -> me.admin() || r.feedPath().startsWith(own))
                .toList();
        model.put("feedReaders", readers);
        model.put(
                "feedSubscribers",
                readers.stream().mapToLong(FeedSubscribers.Reader::subscribers).sum());
        model.put("manual", site.approvesFollowersManually());
        model.put("notice", notice(done));
        return renderer.render("followers", "Followers", me, model);
    }

    @POST
    @Path("{id}/approve")
    @Produces("text/html")
    public Response approve(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        followers.approve(Ids.parse(id, "Follower"), me.accountId(), me.admin());
        return Response.seeOther(URI.create("/admin/followers?done=approved")).build();
    }

    @POST
    @Path("{id}/reject")
    @Produces("text/html")
    public Response reject(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        followers.reject(Ids.parse(id, "Follower"), me.accountId(), me.admin());
        return Response.seeOther(URI.create("/admin/followers?done=rejected")).build();
    }

    @POST
    @Path("approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response approval(@FormParam("manual") String manual, @Context ContainerRequestContext request) {
        SettingsAdminResource.requireAdmin(request);
        site.setApprovesFollowersManually("on".equals(manual) || "true".equals(manual));
        return Response.seeOther(URI.create("/admin/followers?done=saved")).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        switch (done) {
            case "approved":
                return "Follower approved.";
            case "rejected":
                return "Follower removed.";
            case "saved":
                return "Saved.";
            default:
                return null;
        }
    }
}
