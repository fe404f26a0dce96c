package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.NotificationEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.error.InvalidInputException;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/notifications} (INTEROP B8.1): paged by id with a {@code Link} header. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationsResource {
    /** Mastodon's page sizes for notifications: 40 by default, at most 80. */
    static final int DEFAULT_LIMIT = 40;

    static final int MAX_LIMIT = 80;

    private final NotificationFeed feed;
    private final NotificationPresenter presenter;
    private final Links links;
    private final StatusFilters filters;

    public NotificationsResource(
            NotificationFeed feed, NotificationPresenter presenter, Links links, StatusFilters filters) {
        this.feed = feed;
        this.presenter = presenter;
        this.links = links;
        this.filters = filters;
    }

    @GET
    @RequiresScope("read:notifications")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long account = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, DEFAULT_LIMIT, MAX_LIMIT);
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        var kinds = NotificationTypes.kinds(q.list("types"), q.list("supported_types"), q.list("exclude_types"));
        Long from = q.string("account_id").map(NotificationsResource::accountId).orElse(null);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<NotificationEntity> shown = new ArrayList<>(feed.page(account, range, kinds, from, presenter::present));
        if (paging.ascending()) {
            Collections.reverse(shown);
        }
        // The Link header pages on the notifications read, whatever the filters left of them.
        List<String> ids = shown.stream().map(NotificationEntity::id).toList();
        List<NotificationEntity> kept = filters.apply(
                filters.active(account),
                FilterContext.NOTIFICATIONS,
                shown,
                NotificationEntity::status,
                NotificationEntity::withStatus);
        return paging.withLink(Response.ok(kept), links.base(), uri, ids).build();
    }

    /** How many notifications came after the {@code notifications} marker (B8). */
    @GET
    @Path("unread_count")
    @RequiresScope("read:notifications")
    public Map<String, Long> unreadCount(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long account = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, 100, 1000);
        return Map.of("count", feed.unread(account, paging.limit()));
    }

    @GET
    @Path("{id}")
    @RequiresScope("read:notifications")
    public NotificationEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return feed.one(ApiCaller.accountOf(request), PathIds.of(id), presenter::one);
    }

    @POST
    @Path("clear")
    @RequiresScope("write:notifications")
    public Map<String, Object> clear(@Context ContainerRequestContext request) {
        feed.clear(ApiCaller.accountOf(request));
        return Map.of();
    }

    @POST
    @Path("{id}/dismiss")
    @RequiresScope("write:notifications")
    public Map<String, Object> dismiss(@Context ContainerRequestContext request, @PathParam("id") String id) {
        feed.dismiss(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    static Long accountId(String id) {
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("account_id", "account_id must be an id");
        }
    }

    /** An id that is not a number names no notification. */
}
