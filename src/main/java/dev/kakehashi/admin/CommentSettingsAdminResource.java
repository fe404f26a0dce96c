package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.error.InvalidInputException;
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
import java.util.HashMap;
import java.util.Map;

/** Comment settings for the whole blog: what a deleted remote account's comments become. Admins only. */
@Path("/admin/settings/comments")
public final class CommentSettingsAdminResource {
    private final CommentSettings settings;
    private final AdminRenderer renderer;

    public CommentSettingsAdminResource(CommentSettings settings, AdminRenderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        return page(200, me, settings.actorDeletion().name(), Map.of(), saved != null ? "Settings saved." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(@FormParam("actorDeletion") String actorDeletion, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        try {
            settings.setActorDeletion(actorDeletion);
            return Response.seeOther(URI.create("/admin/settings/comments?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, me, actorDeletion == null ? "" : actorDeletion, e.fieldErrors(), null);
        }
    }

    private Response page(int status, SignedIn me, String actorDeletion, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("actorDeletion", actorDeletion);
        model.put("errors", errors);
        model.put("notice", notice);
        return renderer.render(status, "comment-settings", "Comment settings", me, model);
    }
}
