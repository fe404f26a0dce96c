package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.content.Tags;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import dev.kakehashi.web.view.TagView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** {@code /tags/<tag>}: published posts with a tag, newest first, paged. Unused tags are a 404. */
@Path("/")
public final class TagResource {
    static final int PAGE_SIZE = 10;

    private final BlogQueries blog;
    private final PostToView views;
    private final PageRenderer pages;
    private final SiteService site;
    private final Links links;

    public TagResource(BlogQueries blog, PostToView views, PageRenderer pages, SiteService site, Links links) {
        this.blog = blog;
        this.views = views;
        this.pages = pages;
        this.site = site;
        this.links = links;
    }

    @GET
    @Path("tags/{tag}")
    @Produces("text/html")
    public Response tag(@PathParam("tag") String raw, @QueryParam("page") @DefaultValue("1") String page) {
        // One-word tags are stored lower-cased, so /tags/Java finds the same posts as /tags/java;
        // a tag of several words keeps its capitals (HelloWorld).
        if (!Tags.VALID.matcher(raw).matches()) {
            // /tags/hello-world or /tags/hello%20world: the tag is stored as HelloWorld
            String hashtag = Tags.normalize(raw);
            if (!Tags.VALID.matcher(hashtag).matches()) {
                throw ServiceException.notFound("Tag");
            }
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(links.tag(hashtag)))
                    .build();
        }
        String tag = raw;
        Page<PostView> posts = blog.publishedWithTag(tag, PageNumbers.parse(page), PAGE_SIZE, views::post);
        if (posts.total() == 0 && !raw.equals(raw.toLowerCase(Locale.ROOT))) {
            tag = raw.toLowerCase(Locale.ROOT);
            posts = blog.publishedWithTag(tag, PageNumbers.parse(page), PAGE_SIZE, views::post);
        }
        if (posts.total() == 0) {
            throw ServiceException.notFound("Tag");
        }
        PageNumbers.existing(posts);
        String title = "#" + tag + (posts.number() > 1 ? " · page " + posts.number() : "");
        return pages.page(
                "tag",
                PageMetas.listing(
                        title + " · " + site.current().title(),
                        "Posts tagged #" + tag,
                        PageNumbers.url(links.tag(tag), posts.number())),
                Map.of(
                        "tag",
                        new TagView(tag, links.tag(tag)),
                        "posts",
                        posts,
                        "pager",
                        PageNumbers.pager(posts, links.tag(tag))));
    }
}
