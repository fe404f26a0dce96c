package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.domain.NotificationGroupKey;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.GroupedNotificationsEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.store.IdRange;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v2/notifications} (INTEROP B8.2): the same notifications as v1, paged the same way by
 * notification id, answered as groups (likes of a post, boosts of a post, follows) with each
 * account and status once; {@code types[]}, {@code exclude_types[]} and {@code account_id} narrow
 * it as on v1. {@code expand_accounts=partial_avatars} is answered with full accounts.
 */
@Path("/api/v2/notifications")
@Produces(MediaType.APPLICATION_JSON)
public final class GroupedNotificationsResource {
    private final NotificationFeed feed;
    private final GroupedNotificationPresenter presenter;
    private final StatusFilters filters;
    private final AccountToEntity accounts;
    private final Links links;

    public GroupedNotificationsResource(
            NotificationFeed feed,
            GroupedNotificationPresenter presenter,
            StatusFilters filters,
            AccountToEntity accounts,
            Links links) {
        this.feed = feed;
        this.presenter = presenter;
        this.filters = filters;
        this.accounts = accounts;
        this.links = links;
    }

    @GET
    @RequiresScope("read:notifications")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long account = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, NotificationsResource.DEFAULT_LIMIT, NotificationsResource.MAX_LIMIT);
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        Set<NotificationKind> kinds =
                NotificationTypes.grouped(q.list("types"), q.list("supported_types"), q.list("exclude_types"));
        Set<NotificationKind> grouped = q.has("grouped_types")
                ? NotificationTypes.kinds(q.list("grouped_types"), List.of(), List.of())
                : NotificationGroupKey.GROUPABLE;
        Long from = q.string("account_id").map(NotificationsResource::accountId).orElse(null);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        var active = filters.active(account);
        var answer = feed.groupedPage(
                account,
                range,
                kinds,
                from,
                grouped,
                page -> new Read(
                        page.items().stream()
                                .map(n -> Long.toString(n.id()))
                                .sorted((a, b) -> Long.compare(Long.parseLong(b), Long.parseLong(a)))
                                .toList(),
                        presenter.present(page, active)));
        // The Link header pages on the notifications read, whatever the filters left of them.
        return paging.withLink(Response.ok(answer.shown()), links.base(), uri, answer.ids())
                .build();
    }

    private record Read(List<String> ids, GroupedNotificationsEntity shown) {}

    /** How many notifications came after the {@code notifications} marker. */
    @GET
    @Path("unread_count")
    @RequiresScope("read:notifications")
    public Map<String, Long> unreadCount(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Paging paging = Paging.from(uri, 100, 1000);
        return Map.of("count", feed.unread(ApiCaller.accountOf(request), paging.limit()));
    }

    @GET
    @Path("{groupKey}")
    @RequiresScope("read:notifications")
    public GroupedNotificationsEntity show(
            @Context ContainerRequestContext request, @PathParam("groupKey") String groupKey) {
        long account = ApiCaller.accountOf(request);
        var active = filters.active(account);
        return feed.group(account, key(groupKey), page -> presenter.present(page, active));
    }

    @POST
    @Path("{groupKey}/dismiss")
    @RequiresScope("write:notifications")
    public Map<String, Object> dismiss(
            @Context ContainerRequestContext request, @PathParam("groupKey") String groupKey) {
        feed.dismissGroup(ApiCaller.accountOf(request), key(groupKey));
        return Map.of();
    }

    @GET
    @Path("{groupKey}/accounts")
    @RequiresScope("read:notifications")
    public List<AccountEntity> accounts(
            @Context ContainerRequestContext request, @PathParam("groupKey") String groupKey) {
        return feed.groupAccounts(ApiCaller.accountOf(request), key(groupKey)).stream()
                .map(accounts::remote)
                .toList();
    }

    private static NotificationGroupKey key(String text) {
        return NotificationGroupKey.parse(text).orElseThrow(MastodonErrors::notFound);
    }
}
