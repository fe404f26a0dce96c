package dev.kakehashi.mastodon.lists;

import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
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
 * paged with the Link header like the home timeline.
 */
@Path("/api/v1/timelines/list")
@Produces(MediaType.APPLICATION_JSON)
public final class ListTimelineResource {
    private final ListService lists;
    private final StatusPresenter presenter;
    private final Links links;

    public ListTimelineResource(ListService lists, StatusPresenter presenter, Links links) {
        this.lists = lists;
        this.presenter = presenter;
        this.links = links;
    }

    @GET
    @Path("{id}")
    @RequiresScope("read:lists")
    public Response timeline(
            @Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        Paging paging = Paging.from(uri);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<StatusEntity> shown = new ArrayList<>(
                lists.timeline(ListsResource.caller(request), ListsResource.id(id), range, presenter::present));
        if (paging.ascending()) {
            Collections.reverse(shown);
        }
        List<String> ids = shown.stream().map(StatusEntity::id).toList();
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }
}
