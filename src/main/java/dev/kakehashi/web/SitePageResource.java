package dev.kakehashi.web;

import dev.kakehashi.domain.SitePage;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.PageMeta;
import dev.kakehashi.web.view.SitePageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A page of the blog at {@code /<slug>}. A slug is lowercase letters, digits and dashes, never a
 * reserved word ({@code PageSlugs}), so every other route (literal or with a dot, an {@code @} or
 * a slash) still matches first. A page is not an ActivityPub object: asked for as JSON, it is 404.
 */
@Path("/")
public final class SitePageResource {
    private final SitePageService pages;
    private final PageRenderer renderer;
    private final SiteService site;
    private final Links links;

    public SitePageResource(SitePageService pages, PageRenderer renderer, SiteService site, Links links) {
        this.pages = pages;
        this.renderer = renderer;
        this.site = site;
        this.links = links;
    }

    @GET
    @Path("{slug: [a-z0-9]+(?:-[a-z0-9]+)*}")
    @Produces("text/html")
    public Response page(@PathParam("slug") String slug) {
        SitePage p = pages.bySlug(slug).orElseThrow(() -> ServiceException.notFound("Page"));
        String url = links.page(p.slug());
        PageMeta meta = new PageMeta(
                p.title() + " · " + site.current().title(),
                HtmlSanitizer.summary(p.bodyHtml(), 200),
                url,
                "website",
                null,
                null,
                PageMetas.iso(p.updatedAt()),
                List.of());
        return renderer.page(
                "page", meta, Map.of("sitePage", new SitePageView(p.title(), p.bodyHtml(), url, p.updatedAt())));
    }

    /** Pages do not federate: no object answers for them. */
    @GET
    @Path("{slug: [a-z0-9]+(?:-[a-z0-9]+)*}")
    @Produces({"application/activity+json", "application/ld+json"})
    public Response object(@PathParam("slug") String slug) {
        return Response.status(404).header("Vary", "Accept").build();
    }
}
