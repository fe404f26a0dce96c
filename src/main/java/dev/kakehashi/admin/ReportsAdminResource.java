package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.ReportService;
import dev.kakehashi.service.error.ServiceException;
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
import java.util.HashMap;
import java.util.Map;

/** Reports from other servers (Flag) and blocks of our actors by remote users, for admins. */
@Path("/admin/reports")
public final class ReportsAdminResource {
    private final ReportService reports;
    private final AdminRenderer renderer;

    public ReportsAdminResource(ReportService reports, AdminRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(@QueryParam("resolved") String resolved, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        Map<String, Object> model = new HashMap<>();
        model.put("reports", reports.list());
        model.put("notice", resolved != null ? "Report resolved." : null);
        return renderer.render("reports", "Reports", me, model);
    }

    @POST
    @Path("{id}/resolve")
    @Produces("text/html")
    public Response resolve(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SettingsAdminResource.requireAdmin(request);
        try {
            reports.resolve(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Report");
        }
        return Response.seeOther(URI.create("/admin/reports?resolved=1")).build();
    }
}
