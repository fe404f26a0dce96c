package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.web.view.PageMeta;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The home page: newest posts first, paged. */
@Path("/")
public final class HomeResource {
    static final int PAGE_SIZE = 10;

    private final BlogQueries blog;
    private final PostToView views;
    private final PageRenderer pages;
    private final SiteService site;
    private final Links links;

    public HomeResource(BlogQueries blog, PostToView views, PageRenderer pages, SiteService site, Links links) {
        this.blog = blog;
        this.views = views;
        this.pages = pages;
        this.site = site;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response home(@QueryParam("page") @DefaultValue("1") String page) {
        Page<PostView> posts = PageNumbers.existing(blog.published(PageNumbers.parse(page), PAGE_SIZE, views::post));
        var s = site.current();
        String title = posts.number() == 1 ? s.title() : s.title() + " · page " + posts.number();
        String canonical = PageNumbers.url(links.home(), posts.number());
        return pages.page(
                "home",
                new PageMeta(title, s.description(), canonical, "website", null),
                Map.of("posts", posts, "pager", PageNumbers.pager(posts, links.home())));
    }
}
