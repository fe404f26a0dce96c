package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SavedStatusQueries;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /api/v1/bookmarks} and {@code /api/v1/favourites}: the caller's bookmarked and liked
 * statuses, newest first, paged by the bookmarks' and likes' own ids in the {@code Link} header as
 * Mastodon does.
 */
// "/api" like the media and instance resources: Jersey merges resources of one path, while a
// longer "/api/v1" would hide their "v1/..." routes.
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class SavedStatusesResource {
    private final SavedStatusQueries statuses;
    private final StatusPresenter presenter;
    private final Links links;
    private final AnyStatus any;

    public SavedStatusesResource(SavedStatusQueries statuses, StatusPresenter presenter, Links links, AnyStatus any) {
        this.statuses = statuses;
        this.presenter = presenter;
        this.links = links;
        this.any = any;
    }

    @GET
    @Path("v1/bookmarks")
    @RequiresScope("read:bookmarks")
    public Response bookmarks(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return list(request, uri, statuses::bookmarked);
    }

    /** The posts from elsewhere the caller liked. */
    @GET
    @Path("v1/favourites")
    @RequiresScope("read:favourites")
    public Response favourites(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return list(request, uri, statuses::favourited);
    }

    /** One of the caller's lists: account, range, view to the answer. */
    interface Listing {
        <T> T read(long accountId, IdRange range, Function<SavedStatusQueries.Page, T> view);
    }

    private Response list(ContainerRequestContext request, UriInfo uri, Listing listing) {
        long account = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        record Shown(List<String> ids, List<StatusEntity> statuses) {}
        Shown page = listing.read(
                account,
                range,
                p -> new Shown(
                        p.cursorIds().stream().map(String::valueOf).toList(),
                        any.inOrder(p.statusIds(), presenter.present(p.posts()), account)));
        List<StatusEntity> shown = new ArrayList<>(page.statuses());
        List<String> ids = new ArrayList<>(page.ids());
        if (paging.ascending()) {
            Collections.reverse(shown);
            Collections.reverse(ids);
        }
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }
}
