package dev.kakehashi.mastodon.lists;

import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.ListEntity;
import dev.kakehashi.service.ListService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/accounts/:id/lists}: which of the caller's lists hold an account. Its own
 * class path, longer than the accounts resource's, so that Jersey picks it for this route only.
 */
@Path("/api/v1/accounts/{id}/lists")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountListsResource {
    private final ListService lists;

    public AccountListsResource(ListService lists) {
        this.lists = lists;
    }

    @GET
    @RequiresScope("read:lists")
    public List<ListEntity> holding(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return lists.holding(ApiCaller.accountOf(request), PathIds.of(id)).stream()
                .map(ListEntity::of)
                .toList();
    }
}
