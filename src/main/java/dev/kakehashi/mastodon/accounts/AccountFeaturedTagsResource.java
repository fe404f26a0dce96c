package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.service.AccountQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/accounts/:id/featured_tags}, which apps read on a profile: nobody features
 * hashtags here, so an empty list for a known account, 404 for an unknown one. Its own class path,
 * longer than the accounts resource's, so that Jersey picks it for this route only.
 */
@Path("/api/v1/accounts/{id}/featured_tags")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountFeaturedTagsResource {
    private final AccountQueries accounts;

    public AccountFeaturedTagsResource(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<Object> featured(@PathParam("id") String id) {
        long n = PathIds.of(id);
        if (accounts.local(n, Account::id).isEmpty() && accounts.remote(n).isEmpty()) {
            throw MastodonErrors.notFound();
        }
        return List.of();
    }
}
