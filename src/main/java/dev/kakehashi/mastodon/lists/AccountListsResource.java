package dev.kakehashi.mastodon.lists;

import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.ListEntity;
import dev.kakehashi.service.AccountQueries;
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
 * An id that names no account is 404, as Mastodon answers, not an empty list.
 */
@Path("/api/v1/accounts/{id}/lists")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountListsResource {
    private final ListService lists;
    private final AccountQueries accounts;

    public AccountListsResource(ListService lists, AccountQueries accounts) {
        this.lists = lists;
        this.accounts = accounts;
    }

    @GET
    @RequiresScope("read:lists")
    public List<ListEntity> holding(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long account = PathIds.of(id);
        if (accounts.remote(account).isEmpty()
                && accounts.local(account, Account::id).isEmpty()) {
            throw MastodonErrors.notFound();
        }
        return lists.holding(ApiCaller.accountOf(request), account).stream()
                .map(ListEntity::of)
                .toList();
    }
}
