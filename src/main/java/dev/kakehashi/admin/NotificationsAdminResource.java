package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.NotificationQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What happened to the signed-in author's posts and actors: follows, replies, mentions, likes,
 * boosts, quotes; newest first, paged. Everyone sees their own (admins also get the blog's).
 */
@Path("/admin/notifications")
public final class NotificationsAdminResource {
    private final NotificationQueries notifications;
    private final AdminRenderer renderer;
    private final Links links;

    public NotificationsAdminResource(NotificationQueries notifications, AdminRenderer renderer, Links links) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("page") String page,
            @QueryParam("done") String done,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        Map<String, Object> model = new HashMap<>();
        model.put("page", notifications.page(me.accountId(), parsePage(page), n -> NotificationAdminView.of(n, links)));
        model.put("notice", "read".equals(done) ? "All notifications are marked read." : null);
        return renderer.render("notifications", "Notifications", me, model);
    }

    @POST
    @Path("read")
    @Produces("text/html")
    public Response markAllRead(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        notifications.markAllRead(me.accountId());
        return Response.seeOther(URI.create("/admin/notifications?done=read")).build();
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(NotificationQueries.MAX_PAGE, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
