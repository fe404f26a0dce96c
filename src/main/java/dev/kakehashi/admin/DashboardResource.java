package dev.kakehashi.admin;

import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.AdminQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The admin's start page: counts and shortcuts. */
@Path("/admin")
public final class DashboardResource {
    private final AdminQueries queries;
    private final AdminRenderer renderer;

    public DashboardResource(AdminQueries queries, AdminRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response dashboard(@Context ContainerRequestContext request) {
        var me = Auth.require(request);
        Long only = me.admin() ? null : me.accountId();
        return renderer.render(
                "dashboard",
                "Dashboard",
                me,
                Map.of(
                        "published", queries.count(PostStatus.PUBLISHED, only),
                        "drafts", queries.count(PostStatus.DRAFT, only),
                        "scheduled", queries.count(PostStatus.SCHEDULED, only)));
    }
}
