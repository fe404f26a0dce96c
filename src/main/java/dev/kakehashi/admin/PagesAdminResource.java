package dev.kakehashi.admin;

import dev.kakehashi.domain.SitePage;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.SitePageService.PageInput;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
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
import java.util.List;
import java.util.Map;

/** Authors list, write, edit and delete the blog's pages (About, Contact...). */
@Path("/admin/pages")
public final class PagesAdminResource {
    /** A page in the admin list; {@code depth} indents pages under others. */
    public record PageRow(String id, String title, String url, String slug, int menuOrder, int depth) {}

    private final SitePageService pages;
    private final AdminRenderer renderer;
    private final Links links;

    public PagesAdminResource(SitePageService pages, AdminRenderer renderer, Links links) {
        this.pages = pages;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response list(@QueryParam("done") String done, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        String notice = "deleted".equals(done) ? "Page deleted." : "saved".equals(done) ? "Page saved." : null;
        Map<Long, Long> parents = new HashMap<>();
        List<SitePage> all = pages.all();
        all.forEach(p -> parents.put(p.id(), p.parentId()));
        List<PageRow> rows = all.stream()
                .map(p -> new PageRow(
                        Long.toString(p.id()),
                        p.title(),
                        links.page(p.slug()),
                        p.slug(),
                        p.menuOrder(),
                        depth(p, parents)))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("pages", rows);
        model.put("notice", notice);
        return renderer.render("pages", "Pages", me, model);
    }

    @GET
    @Path("new")
    @Produces("text/html")
    public Response newPage(@Context ContainerRequestContext request) {
        return form(200, Auth.require(request), null, new PageInput("", "", "", "", "0"), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response create(
            @FormParam("title") String title,
            @FormParam("slug") String slug,
            @FormParam("body") String body,
            @FormParam("parentId") String parentId,
            @FormParam("menuOrder") String menuOrder,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PageInput in = new PageInput(title, slug, body, parentId, menuOrder);
        try {
            pages.create(me.accountId(), in);
            return Response.seeOther(URI.create("/admin/pages?done=saved")).build();
        } catch (InvalidInputException e) {
            return form(422, me, null, in, e.fieldErrors());
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces("text/html")
    public Response edit(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        SitePage p = pages.byId(parseId(id));
        PageInput in = new PageInput(
                p.title(),
                p.slug(),
                p.bodyMarkdown(),
                p.parentId() == null ? "" : Long.toString(p.parentId()),
                Integer.toString(p.menuOrder()));
        return form(200, me, p, in, Map.of());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response update(
            @PathParam("id") String id,
            @FormParam("title") String title,
            @FormParam("slug") String slug,
            @FormParam("body") String body,
            @FormParam("parentId") String parentId,
            @FormParam("menuOrder") String menuOrder,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long pageId = parseId(id);
        PageInput in = new PageInput(title, slug, body, parentId, menuOrder);
        try {
            pages.update(pageId, me.accountId(), me.admin(), in);
            return Response.seeOther(URI.create("/admin/pages?done=saved")).build();
        } catch (InvalidInputException e) {
            return form(422, me, pages.byId(pageId), in, e.fieldErrors());
        }
    }

    @POST
    @Path("{id}/delete")
    @Produces("text/html")
    public Response delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        pages.delete(parseId(id), me.accountId(), me.admin());
        return Response.seeOther(URI.create("/admin/pages?done=deleted")).build();
    }

    private Response form(int status, SignedIn me, SitePage editing, PageInput in, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("editing", editing == null ? null : Long.toString(editing.id()));
        model.put("url", editing == null ? null : links.page(editing.slug()));
        model.put("form", in);
        model.put("errors", errors);
        // A page cannot sit under itself: the service refuses it, and the list does not offer it.
        model.put(
                "parents",
                pages.all().stream()
                        .filter(p -> editing == null || p.id() != editing.id())
                        .map(p -> new PageRow(Long.toString(p.id()), p.title(), null, p.slug(), p.menuOrder(), 0))
                        .toList());
        return renderer.render(status, "page-form", editing == null ? "New page" : "Edit page", me, model);
    }

    private static int depth(SitePage p, Map<Long, Long> parents) {
        int depth = 0;
        for (Long up = p.parentId(); up != null && depth < parents.size(); up = parents.get(up)) {
            depth++;
        }
        return depth;
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Page");
        }
    }
}
