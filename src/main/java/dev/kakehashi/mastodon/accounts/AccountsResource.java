package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.SavedStatusQueries;
import dev.kakehashi.service.TimelineQueries;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.PostFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reading accounts (INTEROP B4.2, B4.3): a local author or a remote actor by id, a name looked up,
 * and an author's statuses. Public, as on Mastodon.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountsResource {
    private final AccountQueries accounts;
    private final LocalAccountStats stats;
    private final AccountToEntity toEntity;
    private final TimelineQueries statuses;
    private final SavedStatusQueries saved;
    private final StatusPresenter presenter;
    private final Links links;
    private final StatusFilters filters;

    public AccountsResource(
            AccountQueries accounts,
            LocalAccountStats stats,
            AccountToEntity toEntity,
            TimelineQueries statuses,
            SavedStatusQueries saved,
            StatusPresenter presenter,
            Links links,
            StatusFilters filters) {
        this.accounts = accounts;
        this.stats = stats;
        this.toEntity = toEntity;
        this.statuses = statuses;
        this.saved = saved;
        this.presenter = presenter;
        this.links = links;
        this.filters = filters;
    }

    @GET
    @Path("lookup")
    public AccountEntity lookup(@QueryParam("acct") String acct) {
        String name = acct == null ? "" : acct.strip();
        name = name.startsWith("@") ? name.substring(1) : name;
        int at = name.indexOf('@');
        if (name.isEmpty()) {
            throw MastodonErrors.notFound();
        }
        if (at < 0 || name.substring(at + 1).equalsIgnoreCase(links.authority())) {
            String user = at < 0 ? name : name.substring(0, at);
            return accounts.local(user, this::local).orElseThrow(MastodonErrors::notFound);
        }
        return accounts.remote(name.substring(0, at), name.substring(at + 1))
                .map(toEntity::remote)
                .orElseThrow(MastodonErrors::notFound);
    }

    @GET
    @Path("{id}")
    public AccountEntity show(@PathParam("id") String id) {
        long n = PathIds.of(id);
        return accounts.local(n, this::local)
                .or(() -> accounts.remote(n).map(toEntity::remote))
                .orElseThrow(MastodonErrors::notFound);
    }

    /**
     * A local author's published posts, or their pinned ones; a remote account's posts that reached
     * the blog and anyone may read, or those it features.
     */
    @GET
    @Path("{id}/statuses")
    public Response statuses(
            @Context ContainerRequestContext request,
            @PathParam("id") String id,
            @Context UriInfo uri,
            @QueryParam("only_media") String onlyMedia,
            @QueryParam("exclude_replies") String excludeReplies,
            @QueryParam("pinned") String pinned,
            @QueryParam("tagged") String tagged) {
        long n = PathIds.of(id);
        Paging paging = Paging.from(uri);
        boolean local = accounts.local(n, Account::id).isPresent();
        Optional<RemoteActor> remote = local ? Optional.empty() : accounts.remote(n);
        if (!local && remote.isEmpty()) {
            throw MastodonErrors.notFound();
        }
        List<StatusEntity> page = List.of();
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        if (local && yes(pinned)) {
            // At most five, last pinned first, on one page: Mastodon does not page them either.
            List<StatusEntity> pins = saved.pinned(n, viewer, presenter::present);
            return Response.ok(filters.apply(viewer, FilterContext.ACCOUNT, pins))
                    .build();
        }
        if (yes(pinned)) {
            // A remote account's featured collection, as last fetched and changed by its Add/Remove.
            List<StatusEntity> pins = statuses.pinnedOfRemoteActor(remote.get().uri(), viewer, presenter::present);
            return Response.ok(filters.apply(viewer, FilterContext.ACCOUNT, pins))
                    .build();
        }
        String tag = tagged == null || tagged.isBlank() ? null : tagged.strip().replaceFirst("^#", "");
        if (local) {
            PostFilter filter = new PostFilter(
                    n,
                    tag,
                    yes(onlyMedia),
                    yes(excludeReplies),
                    viewer != null && viewer == n ? PostFilter.OWN : PostFilter.ON_PROFILE);
            IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
            page = new ArrayList<>(statuses.published(range, filter, presenter::present));
        } else {
            IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
            page = new ArrayList<>(statuses.ofRemoteActor(
                    remote.get().uri(), yes(excludeReplies), yes(onlyMedia), tag, range, viewer, presenter::present));
        }
        if (paging.ascending()) {
            Collections.reverse(page);
        }
        List<String> ids = page.stream().map(StatusEntity::id).toList();
        List<StatusEntity> shown = filters.apply(viewer, FilterContext.ACCOUNT, page);
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }

    private AccountEntity local(Account a) {
        return toEntity.local(a, stats.of(a.id()));
    }

    /** Rails' truthy values, as Mastodon reads query flags. */
    private static boolean yes(String v) {
        return v != null
                && List.of("1", "true", "t", "on", "yes").contains(v.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
