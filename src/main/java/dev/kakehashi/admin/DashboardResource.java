package dev.kakehashi.admin;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.DeliveryOverview;
import dev.kakehashi.service.DeliveryQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's start page: counts, what was written last, shortcuts, the first-run checklist and
 * delivery at a glance (followers by server, the last post's deliveries, paused servers).
 */
@Path("/admin")
public final class DashboardResource {
    static final int RECENT = 5;

    /** What the dashboard needs besides the posts: the blog, the authors, delivery, and whether mail is set. */
    public record Sources(
            SiteService site,
            AccountService accounts,
            DeliveryOverview overview,
            DeliveryQueries delivery,
            boolean mailConfigured) {}

    private final AdminQueries queries;
    private final AdminRenderer renderer;
    private final Links links;
    private final Sources sources;

    public DashboardResource(AdminQueries queries, AdminRenderer renderer, Links links, Sources sources) {
        this.queries = queries;
        this.renderer = renderer;
        this.links = links;
        this.sources = sources;
    }

    @GET
    @Produces("text/html")
    public Response dashboard(@Context ContainerRequestContext request) {
        var me = Auth.require(request);
        Long only = me.admin() ? null : me.accountId();
        Map<String, Object> model = new HashMap<>();
        long published = queries.count(PostStatus.PUBLISHED, only);
        model.put("published", published);
        model.put("drafts", queries.count(PostStatus.DRAFT, only));
        model.put("scheduled", queries.count(PostStatus.SCHEDULED, only));
        model.put("recentDrafts", queries.posts(PostStatus.DRAFT, only, 0, RECENT, p -> PostAdminView.of(p, links)));
        model.put(
                "recentScheduled",
                queries.posts(PostStatus.SCHEDULED, only, 0, RECENT, p -> PostAdminView.of(p, links)));
        List<PostAdminView> recent =
                queries.posts(PostStatus.PUBLISHED, only, 0, RECENT, p -> PostAdminView.of(p, links));
        model.put("recentPublished", recent);
        model.put("blogUrl", links.home());
        var overview = sources.overview()
                .of(me.admin() ? null : ActorKey.author(me.accountId()).text());
        model.put("overview", overview);
        PostAdminView last = recent.isEmpty() ? null : recent.get(0);
        model.put("lastPost", last);
        model.put("lastDelivery", last == null ? null : sources.delivery().forPost(Long.parseLong(last.id())));
        var site = sources.site().current();
        boolean hasAvatar = sources.accounts().byId(me.accountId(), a -> a.avatar() != null);
        model.put(
                "checklist",
                FirstRunChecklist.of(new FirstRunChecklist.Facts(
                        site.title(),
                        site.description(),
                        hasAvatar,
                        links.base(),
                        renderer.handleOf(me),
                        overview.follows(),
                        published,
                        sources.mailConfigured(),
                        me.admin())));
        return renderer.render("dashboard", "Dashboard", me, model);
    }
}
