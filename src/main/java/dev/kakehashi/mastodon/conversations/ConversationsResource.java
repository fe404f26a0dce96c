package dev.kakehashi.mastodon.conversations;

import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.ConversationEntity;
import dev.kakehashi.service.ConversationFeed;
import dev.kakehashi.service.Links;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.Map;

/**
 * {@code /api/v1/conversations}: the caller's direct threads, newest last status first, paged by
 * the last statuses' ids as Mastodon pages them; marked read, or removed from the list.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
public final class ConversationsResource {
    private final ConversationFeed feed;
    private final ConversationPresenter presenter;
    private final Links links;

    public ConversationsResource(ConversationFeed feed, ConversationPresenter presenter, Links links) {
        this.feed = feed;
        this.presenter = presenter;
        this.links = links;
    }

    @GET
    @RequiresScope("read:statuses")
    public Response all(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Paging paging = Paging.from(uri, 20, 40);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        record Shown(List<String> lastIds, List<ConversationEntity> conversations) {}
        Shown page = feed.page(
                ApiCaller.accountOf(request),
                range,
                p -> new Shown(
                        p.items().stream()
                                .map(c -> Long.toString(c.lastStatusId()))
                                .toList(),
                        presenter.present(p)));
        List<ConversationEntity> shown = new ArrayList<>(page.conversations());
        List<String> ids = new ArrayList<>(page.lastIds());
        if (paging.ascending()) {
            Collections.reverse(shown);
            Collections.reverse(ids);
        }
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }

    @POST
    @Path("{id}/read")
    @RequiresScope("write:conversations")
    public ConversationEntity read(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return feed.read(ApiCaller.accountOf(request), PathIds.of(id), presenter::present)
                .get(0);
    }

    @DELETE
    @Path("{id}")
    @RequiresScope("write:conversations")
    public Map<String, Object> remove(@Context ContainerRequestContext request, @PathParam("id") String id) {
        feed.remove(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }
}
