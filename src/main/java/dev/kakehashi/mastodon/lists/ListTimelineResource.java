package dev.kakehashi.mastodon.lists;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.ListService;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * {@code GET /api/v1/timelines/list/:id}: the posts and boosts of a list's members, newest first,
 * paged with the Link header like the home timeline. The caller's filters apply as on home (Mastodon
 * files list timelines under the home context).
 */
@Path("/api/v1/timelines/list")
@Produces(MediaType.APPLICATION_JSON)
public final class ListTimelineResource {
    private final ListService lists;
    private final StatusPresenter presenter;
    private final Links links;
    private final StatusFilters filters;

    public ListTimelineResource(ListService lists, StatusPresenter presenter, Links links, StatusFilters filters) {
        this.lists = lists;
        this.presenter = presenter;
        this.links = links;
        this.filters = filters;
    }

    @GET
    @Path("{id}")
    @RequiresScope("read:lists")
    public Response timeline(
            @Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        Paging paging = Paging.from(uri);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        long caller = ApiCaller.accountOf(request);
        List<StatusEntity> read = new ArrayList<>(lists.timeline(caller, PathIds.of(id), range, presenter::present));
        if (paging.ascending()) {
            Collections.reverse(read);
        }
        // Link pages on what was read, so a page a hide filter thinned out still leads on.
        List<String> ids = read.stream().map(StatusEntity::id).toList();
        List<StatusEntity> shown = filters.apply(caller, FilterContext.HOME, read);
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }
}
