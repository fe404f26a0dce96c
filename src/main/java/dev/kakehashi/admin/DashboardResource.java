package dev.kakehashi.admin;

import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.Links;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The admin's start page: counts, what was written last, and shortcuts. */
@Path("/admin")
public final class DashboardResource {
    static final int RECENT = 5;

    private final AdminQueries queries;
    private final AdminRenderer renderer;
    private final Links links;

    public DashboardResource(AdminQueries queries, AdminRenderer renderer, Links links) {
        this.queries = queries;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response dashboard(@Context ContainerRequestContext request) {
        var me = Auth.require(request);
        Long only = me.admin() ? null : me.accountId();
        Map<String, Object> model = new HashMap<>();
        model.put("published", queries.count(PostStatus.PUBLISHED, only));
        model.put("drafts", queries.count(PostStatus.DRAFT, only));
        model.put("scheduled", queries.count(PostStatus.SCHEDULED, only));
        model.put("recentDrafts", queries.posts(PostStatus.DRAFT, only, 0, RECENT, p -> PostAdminView.of(p, links)));
        model.put(
                "recentScheduled",
                queries.posts(PostStatus.SCHEDULED, only, 0, RECENT, p -> PostAdminView.of(p, links)));
        model.put(
                "recentPublished",
                queries.posts(PostStatus.PUBLISHED, only, 0, RECENT, p -> PostAdminView.of(p, links)));
        model.put("blogUrl", links.home());
        return renderer.render("dashboard", "Dashboard", me, model);
    }
}
