package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.SiteService;
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

/**
 * The Comments section of Settings, one form: when replies from the fediverse appear (the comment
 * policy) and what a deleted remote account's comments become. Admins only.
 */
@Path("/admin/settings/comments")
public final class CommentSettingsAdminResource {
    private final CommentSettings settings;
    private final SiteService site;
    private final AdminRenderer renderer;

    public CommentSettingsAdminResource(CommentSettings settings, SiteService site, AdminRenderer renderer) {
        this.settings = settings;
        this.site = site;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        return page(
                200,
                me,
                site.commentPolicy().name(),
                settings.actorDeletion().name(),
                Map.of(),
                saved != null ? "Settings saved." : null);
    }

    /** Both fields are checked before either is saved; a missing one keeps its value. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @FormParam("policy") String policy,
            @FormParam("actorDeletion") String actorDeletion,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        try {
            if (policy != null) {
                site.checkCommentPolicy(policy);
            }
            if (actorDeletion != null) {
                settings.setActorDeletion(actorDeletion);
            }
            if (policy != null) {
                site.setCommentPolicy(policy);
            }
            return Response.seeOther(URI.create("/admin/settings/comments?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            return page(
                    422,
                    me,
                    policy == null ? site.commentPolicy().name() : policy,
                    actorDeletion == null ? settings.actorDeletion().name() : actorDeletion,
                    e.fieldErrors(),
                    null);
        }
    }

    private Response page(
            int status, SignedIn me, String policy, String actorDeletion, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("tab", "comments");
        model.put("commentPolicy", policy);
        model.put("actorDeletion", actorDeletion);
        model.put("errors", errors);
        model.put("notice", notice);
        return renderer.render(status, "comment-settings", "Comment settings", me, model);
    }
}
