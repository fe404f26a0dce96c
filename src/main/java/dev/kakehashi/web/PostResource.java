package dev.kakehashi.web;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.ReactionQueries;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.CommentsView;
import dev.kakehashi.web.view.PollView;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import dev.kakehashi.web.view.ReactionsView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A single post: articles at their pretty {@code /articles/<slug>} address, short posts at their
 * permanent {@code /posts/<id>}. An article's permanent address sends readers to its pretty one.
 */
@Path("/")
public final class PostResource {
    private final BlogQueries blog;
    private final PostToView views;
    private final PageRenderer pages;
    private final SiteService site;
    private final LongFunction<CommentsView> comments;
    private final ReactionQueries reactions;
    private final LongFunction<PollView> polls;

    /**
     * @param comments the thread shown under a post, by post id (one query)
     * @param polls a short post's poll, by post id; null for none
     */
    public PostResource(
            BlogQueries blog,
            PostToView views,
            PageRenderer pages,
            SiteService site,
            LongFunction<CommentsView> comments,
            ReactionQueries reactions,
            LongFunction<PollView> polls) {
        this.blog = blog;
        this.views = views;
        this.pages = pages;
        this.site = site;
        this.comments = comments;
        this.reactions = reactions;
        this.polls = polls;
    }

    @GET
    @Path("articles/{slug}")
    @Produces("text/html")
    public Response article(@PathParam("slug") String slug, @Context ContainerRequestContext request) {
        Long viewer = viewer(request);
        return render(blog.publishedArticle(slug, viewer, views::post), viewer != null);
    }

    @GET
    @Path("posts/{id}")
    @Produces("text/html")
    public Response post(@PathParam("id") String id, @Context ContainerRequestContext request) {
        Long viewer = viewer(request);
        PostView post = blog.publishedPost(parseId(id), viewer, views::post);
        if (post.article()) {
            // The same URL will answer ActivityPub JSON later, so caches must key on Accept.
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(post.url()))
                    .header("Vary", "Accept")
                    .build();
        }
        return render(post, viewer != null);
    }

    /** The signed-in account, if any: an author may read their own followers-only posts here. */
    private static Long viewer(ContainerRequestContext request) {
        return request.getProperty(AuthService.SIGNED_IN) instanceof AuthService.SignedIn who ? who.accountId() : null;
    }

    /** @param signedIn the page may show what only this reader may see: no shared cache keeps it */
    private Response render(PostView post, boolean signedIn) {
        PageRendering how = signedIn ? pages::privatePage : pages::page;
        long id = Long.parseLong(post.id());
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("post", post);
        model.put("comments", comments.apply(id));
        model.put("reactions", ReactionsView.of(reactions.forPost(id)));
        model.put("poll", post.article() ? null : polls.apply(id));
        return how.page(
                post.article() ? "article" : "note",
                PageMetas.post(post, site.current().title()),
                model);
    }

    private interface PageRendering {
        Response page(String template, dev.kakehashi.web.view.PageMeta meta, Map<String, Object> model);
    }

    private static long parseId(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw ServiceException.notFound("Post");
    }
}
