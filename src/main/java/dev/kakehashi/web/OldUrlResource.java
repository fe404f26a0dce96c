package dev.kakehashi.web;

import dev.kakehashi.service.wordpress.WpOldUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * The old WordPress blog's addresses answer 301 to where their content lives now, so links and
 * search results from before the move keep working: permalinks by date or id, categories, tags,
 * authors, feeds and uploaded images. {@code /?p=ID} and {@code /comments/feed/} are answered by {@link OldQueryUrlFilter}.
 */
@Path("/")
public final class OldUrlResource {
    private final WpOldUrls old;

    public OldUrlResource(WpOldUrls old) {
        this.old = old;
    }

    @GET
    @Path("archives/{id: [0-9]{1,18}}{slash: /?}")
    public Response archives(@PathParam("id") long id) {
        return moved(old.post(id));
    }

    @GET
    @Path("{y: [0-9]{4}}/{m: [0-9]{2}}/{d: [0-9]{2}}/{slug: [^/]+}{slash: /?}")
    public Response byDay(@PathParam("slug") String slug) {
        return moved(old.postBySlug(slug));
    }

    @GET
    @Path("{y: [0-9]{4}}/{m: [0-9]{2}}/{slug: [^/]+}{slash: /?}")
    public Response byMonth(@PathParam("slug") String slug) {
        return moved(old.postBySlug(slug));
    }

    @GET
    @Path("category/{term: .+?}{slash: /?}")
    public Response category(@PathParam("term") String term) {
        String last = term.substring(term.lastIndexOf('/') + 1); // child categories: /category/parent/child/
        return moved(old.tag(last));
    }

    @GET
    @Path("tag/{term: [^/]+}{slash: /?}")
    public Response tag(@PathParam("term") String term) {
        return moved(old.tag(term));
    }

    @GET
    @Path("author/{login: [^/]+}{slash: /?}")
    public Response author(@PathParam("login") String login) {
        return moved(old.author(login));
    }

    @GET
    @Path("wp-content/uploads/{file: .+}")
    public Response upload(@PathParam("file") String file) {
        return moved(old.upload("/wp-content/uploads/" + file));
    }

    @GET
    @Path("feed{slash: /?}")
    public Response feed() {
        return moved(Optional.of(old.feed()));
    }

    static Response moved(Optional<String> to) {
        return to.map(url -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(url))
                        .build())
                .orElseThrow(NotFoundException::new);
    }
}
