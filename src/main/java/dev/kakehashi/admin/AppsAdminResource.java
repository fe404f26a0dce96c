package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.oauth.OAuthGrants;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The signed-in author's Mastodon apps: what each may do, when it was last used, and Revoke. */
@Path("/admin/apps")
public final class AppsAdminResource {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** One row of the page. */
    public record AppRow(long id, String name, String website, String scopes, String lastUsed, String lastUsedIso) {}

    private final OAuthGrants grants;
    private final AdminRenderer renderer;

    public AppsAdminResource(OAuthGrants grants, AdminRenderer renderer) {
        this.grants = grants;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(@QueryParam("revoked") String revoked, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "apps",
                grants.authorizedApps(me.accountId()).stream()
                        .map(a -> new AppRow(
                                a.appId(),
                                a.name(),
                                a.website(),
                                String.join(" ", a.scopes()),
                                SHOWN.format(a.lastUsedAt()),
                                a.lastUsedAt().toString()))
                        .toList());
        model.put("notice", revoked == null ? null : "The app was signed out.");
        return renderer.render(200, "apps", "Apps", me, model);
    }

    @POST
    @Path("{id}/revoke")
    @Produces("text/html")
    public Response revoke(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long appId;
        try {
            appId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("App");
        }
        if (grants.revokeApp(me.accountId(), appId) == 0) {
            throw ServiceException.notFound("App");
        }
        return Response.seeOther(URI.create("/admin/apps?revoked=1")).build();
    }
}
