package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.RemoteFollowLinks;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.FollowView;
import dev.kakehashi.web.view.PageMeta;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * The Follow button: a reader types their own handle, and is sent to their server's follow page for
 * the blog or an author ({@code POST /follow}, 303), or shown the form again with what went wrong.
 */
@Path("/follow")
public final class FollowResource {
    private final RemoteFollowLinks follows;
    private final BlogQueries blog;
    private final PageRenderer pages;
    private final SiteService site;
    private final Links links;

    public FollowResource(
            RemoteFollowLinks follows, BlogQueries blog, PageRenderer pages, SiteService site, Links links) {
        this.follows = follows;
        this.blog = blog;
        this.pages = pages;
        this.site = site;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response form(@QueryParam("author") String author) {
        return render(200, target(author, "", null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response follow(@FormParam("handle") String handle, @FormParam("author") String author) {
        String typed = handle == null ? "" : handle.strip();
        FollowView target = target(author, typed, null);
        try {
            // Once local actors exist, pass the actor id here instead of the page URL.
            String page = follows.followPageFor(typed, target.url());
            return Response.seeOther(URI.create(page)).build();
        } catch (InvalidInputException e) {
            return render(422, target(author, typed, e.fieldErrors().getOrDefault("handle", e.getMessage())));
        } catch (ServiceException e) {
            return render(e.status() >= 500 ? 502 : e.status(), target(author, typed, e.getMessage()));
        }
    }

    private FollowView target(String author, String handle, String error) {
        if (author == null || author.isBlank()) {
            return new FollowView(site.current().title(), links.home(), null, handle, error);
        }
        return blog.author(
                author, a -> new FollowView(a.displayName(), links.author(a.username()), a.username(), handle, error));
    }

    private Response render(int status, FollowView follow) {
        PageMeta meta =
                new PageMeta("Follow " + follow.name() + " · " + site.current().title(), "", null, "website", null);
        return Response.status(status)
                .entity(pages.html("follow", meta, Map.of("follow", follow)))
                .type(PageRenderer.HTML)
                .build();
    }
}
