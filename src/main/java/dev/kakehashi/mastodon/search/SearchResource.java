package dev.kakehashi.mastodon.search;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.accounts.AccountFinder;
import dev.kakehashi.mastodon.accounts.AccountViews;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.HashtagEntity;
import dev.kakehashi.mastodon.entity.SearchEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.AccountTarget;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.RemoteLookup;
import dev.kakehashi.service.SearchQueries;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v2/search} (INTEROP B9): accounts, statuses and hashtags. With {@code
 * resolve=true} an {@code @user@host} is asked of its server (WebFinger) and a URL fetched (signed,
 * through the SSRF guard): a post found is stored and shown with a stable id, an account joins the
 * actor cache. Otherwise the blog's authors and known accounts, its public posts by their words and
 * its tags. Public, as on Mastodon, but resolving and {@code offset} need a token (401), and a token
 * needs {@code read:search} (403).
 */
@Path("/api/v2/search")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchResource {
    static final Set<String> TYPES = Set.of("accounts", "statuses", "hashtags");

    private final AccountFinder accounts;
    private final SearchQueries search;
    private final RemoteLookup remote;
    private final StatusQueries statuses;
    private final StatusPresenter presenter;
    private final AccountViews views;
    private final Links links;

    public SearchResource(
            AccountFinder accounts,
            SearchQueries search,
            RemoteLookup remote,
            StatusQueries statuses,
            StatusPresenter presenter,
            AccountViews views,
            Links links) {
        this.accounts = accounts;
        this.search = search;
        this.remote = remote;
        this.statuses = statuses;
        this.presenter = presenter;
        this.views = views;
        this.links = links;
    }

    @GET
    public SearchEntity search(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Optional<ApiCaller> caller = ApiCaller.of(request);
        if (caller.isPresent() && !caller.get().allows("read:search")) {
            throw ServiceException.forbidden("This action is outside the authorized scopes");
        }
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        String text = q.string("q").map(String::strip).orElse("");
        if (text.isEmpty()) {
            throw new ServiceException(400, "Missing parameter: q");
        }
        String type =
                q.string("type").map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (type != null && !TYPES.contains(type)) {
            throw new ServiceException(400, "type must be accounts, statuses or hashtags");
        }
        boolean resolve = q.bool("resolve").orElse(false);
        Long viewer = caller.map(ApiCaller::accountId).orElse(null);
        if (viewer == null && resolve) {
            throw ServiceException.unauthorized(
                    "Search queries that resolve remote resources are not supported without authentication");
        }
        if (viewer == null && q.has("offset")) {
            throw ServiceException.unauthorized("Search queries pagination is not supported without authentication");
        }
        int limit = Paging.from(uri).limit();
        // Mastodon pages with offset only when one type is asked for.
        int offset = type == null ? 0 : (int) Math.max(0, q.number("offset").orElse(0L));
        if (resolve && AccountFinder.isUrl(text)) {
            return byUrl(text, type, viewer);
        }
        // following=true narrows accounts to those the caller follows; account_id statuses to one account's.
        Long followedBy = q.bool("following").orElse(false) ? viewer : null;
        Long accountId = q.number("account_id").orElse(null);
        List<AccountEntity> foundAccounts = wants(type, "accounts")
                        && (followedBy != null || !q.bool("following").orElse(false))
                ? accounts.find(text, resolve, followedBy, offset, limit)
                : List.of();
        List<StatusEntity> foundStatuses = wants(type, "statuses") && !AccountFinder.isHandle(text)
                ? search.statuses(text, viewer, accountId, offset, limit, presenter::present)
                : List.of();
        List<HashtagEntity> tags = wants(type, "hashtags")
                ? search.hashtags(text, offset, limit).stream()
                        .map(t -> new HashtagEntity(t, links.tag(t), List.of()))
                        .toList()
                : List.of();
        return new SearchEntity(foundAccounts, foundStatuses, tags);
    }

    /** A URL resolved: the post it names (stored) or the account, in the list its type asks for. */
    private SearchEntity byUrl(String url, String type, Long viewer) {
        Optional<RemoteLookup.Found> found = remote.url(url);
        List<AccountEntity> a = found.map(RemoteLookup.Found::account)
                .filter(x -> wants(type, "accounts"))
                .map(x -> List.of(views.of(AccountTarget.of(x))))
                .orElse(List.of());
        List<StatusEntity> s = found.map(RemoteLookup.Found::statusId)
                .filter(x -> wants(type, "statuses"))
                // A followers-only post found again is listed only for those who may read it.
                .filter(id -> statuses.exists(id, viewer))
                .map(id -> List.of(statuses.one(id, viewer, presenter::one)))
                .orElse(List.of());
        return new SearchEntity(a, s, List.of());
    }

    private static boolean wants(String type, String kind) {
        return type == null || type.equals(kind);
    }
}
