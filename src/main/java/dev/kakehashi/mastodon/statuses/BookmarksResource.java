package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.ServiceException;
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

/**
 * {@code GET /api/v1/bookmarks}: the caller's bookmarked statuses, newest bookmark first, paged by
 * the bookmarks' own ids in the {@code Link} header as Mastodon does.
 */
@Path("/api/v1/bookmarks")
@Produces(MediaType.APPLICATION_JSON)
public final class BookmarksResource {
    private final StatusQueries statuses;
    private final StatusPresenter presenter;
    private final Links links;

    public BookmarksResource(StatusQueries statuses, StatusPresenter presenter, Links links) {
        this.statuses = statuses;
        this.presenter = presenter;
        this.links = links;
    }

    @GET
    @RequiresScope("read:bookmarks")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long account = ApiCaller.of(request)
                .orElseThrow(() -> ServiceException.unauthorized("This method requires an authenticated user"))
                .requireAccountId();
        Paging paging = Paging.from(uri);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        record Shown(List<String> ids, List<StatusEntity> statuses) {}
        Shown page = statuses.bookmarked(
                account,
                range,
                (ids, batch) -> new Shown(ids.stream().map(String::valueOf).toList(), presenter.present(batch)));
        List<StatusEntity> shown = new ArrayList<>(page.statuses());
        List<String> ids = new ArrayList<>(page.ids());
        if (paging.ascending()) {
            Collections.reverse(shown);
            Collections.reverse(ids);
        }
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }
}
