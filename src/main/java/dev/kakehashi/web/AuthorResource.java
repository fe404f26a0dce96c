package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.web.view.AuthorView;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An author's page at {@code /@<username>}: bio, avatar, feeds and their published posts, paged. */
@Path("/")
public final class AuthorResource {
    static final int PAGE_SIZE = 10;

    private final BlogQueries blog;
    private final PostToView views;
    private final PageRenderer pages;
    private final SiteService site;

    public AuthorResource(BlogQueries blog, PostToView views, PageRenderer pages, SiteService site) {
        this.blog = blog;
        this.views = views;
        this.pages = pages;
        this.site = site;
    }

    @GET
    @Path("@{username}")
    @Produces("text/html")
    public Response author(@PathParam("username") String username, @QueryParam("page") @DefaultValue("1") String page) {
        AuthorView author = blog.author(username, views::author);
        Page<PostView> posts =
                PageNumbers.existing(blog.publishedBy(username, PageNumbers.parse(page), PAGE_SIZE, views::post));
        String bio = HtmlSanitizer.text(author.bioHtml());
        String description = bio.isEmpty() ? "Posts by " + author.displayName() : bio;
        return pages.page(
                "author",
                PageMetas.author(author, posts.number(), site.current().title(), description),
                Map.of("author", author, "posts", posts, "pager", PageNumbers.pager(posts, author.url())));
    }
}
