package dev.kakehashi.web;

import dev.kakehashi.domain.SitePage;
import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.BlogQueries.NamedLink;
import dev.kakehashi.service.BlogQueries.PostLink;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.web.feed.SitemapWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** {@code /sitemap.xml} (home, posts, pages, authors, tags) and the {@code /robots.txt} that points at it. */
@Path("/")
public final class SitemapResource {
    /** The sitemaps.org limit is 50,000 addresses per file; posts get most of them. */
    static final int MAX_POSTS = 45_000;

    static final int MAX_TAGS = 4_000;

    private final BlogQueries blog;
    private final SitePageService pages;
    private final Links links;

    public SitemapResource(BlogQueries blog, SitePageService pages, Links links) {
        this.blog = blog;
        this.pages = pages;
        this.links = links;
    }

    @GET
    @Path("sitemap.xml")
    public Response sitemap() {
        List<PostLink> posts = blog.publishedLinks(MAX_POSTS);
        SitemapWriter map = new SitemapWriter();
        map.url(
                links.home(),
                posts.stream()
                        .map(PostLink::lastModified)
                        .max(Instant::compareTo)
                        .orElse(null));
        for (PostLink p : posts) {
            map.url(p.article() ? links.article(p.slug()) : links.post(p.id()), p.lastModified());
        }
        for (SitePage p : pages.all()) {
            map.url(links.page(p.slug()), p.updatedAt());
        }
        for (NamedLink a : blog.authorsWithPosts()) {
            map.url(links.author(a.name()), a.lastModified());
        }
        for (NamedLink t : blog.tagsWithPosts(MAX_TAGS)) {
            map.url(links.tag(t.name()), t.lastModified());
        }
        return Response.ok(map.finish(), "application/xml;charset=utf-8").build();
    }

    @GET
    @Path("robots.txt")
    public Response robots() {
        String body = "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /setup\n\nSitemap: "
                + links.sitemap() + "\n";
        return Response.ok(body, "text/plain;charset=utf-8").build();
    }
}
