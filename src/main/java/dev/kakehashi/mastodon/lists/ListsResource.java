package dev.kakehashi.mastodon.lists;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.ListEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.ListService;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /api/v1/lists}: the caller's lists and their members (INTEROP B7.3). Another author's list
 * answers 404, as an unknown one does; members must be accounts the caller follows (422).
 */
@Path("/api/v1/lists")
@Produces(MediaType.APPLICATION_JSON)
public final class ListsResource {
    private final ListService lists;
    private final AccountToEntity accounts;
    private final Links links;

    public ListsResource(ListService lists, AccountToEntity accounts, Links links) {
        this.lists = lists;
        this.accounts = accounts;
        this.links = links;
    }

    @GET
    @RequiresScope("read:lists")
    public List<ListEntity> all(@Context ContainerRequestContext request) {
        return lists.all(ApiCaller.accountOf(request)).stream()
                .map(ListEntity::of)
                .toList();
    }

    @POST
    @RequiresScope("write:lists")
    public ListEntity create(@Context ContainerRequestContext request, @Context UriInfo uri, MastodonBody body) {
        return ListEntity.of(lists.create(ApiCaller.accountOf(request), changes(uri, body)));
    }

    @GET
    @Path("{id}")
    @RequiresScope("read:lists")
    public ListEntity one(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return ListEntity.of(lists.one(ApiCaller.accountOf(request), PathIds.of(id)));
    }

    @PUT
    @Path("{id}")
    @RequiresScope("write:lists")
    public ListEntity update(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        return ListEntity.of(lists.update(ApiCaller.accountOf(request), PathIds.of(id), changes(uri, body)));
    }

    @DELETE
    @Path("{id}")
    @RequiresScope("write:lists")
    public Map<String, Object> delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        lists.delete(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    /** The members, paged by account id ({@code limit} 40 by default, at most 80; 0 means all). */
    @GET
    @Path("{id}/accounts")
    @RequiresScope("read:lists")
    public Response members(
            @Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        boolean all = "0".equals(uri.getQueryParameters().getFirst("limit"));
        Paging paging = all ? new Paging(null, null, null, Integer.MAX_VALUE) : Paging.from(uri, 40, 80);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<AccountEntity> shown = new ArrayList<>(
                lists.members(ApiCaller.accountOf(request), PathIds.of(id), range, found -> found.stream()
                        .map(accounts::remote)
                        .toList()));
        if (paging.ascending()) {
            Collections.reverse(shown);
        }
        Response.ResponseBuilder answer = Response.ok(shown);
        return all
                ? answer.build()
                : paging.withLink(
                                answer,
                                links.base(),
                                uri,
                                shown.stream().map(AccountEntity::id).toList())
                        .build();
    }

    @POST
    @Path("{id}/accounts")
    @RequiresScope("write:lists")
    public Map<String, Object> addMembers(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        lists.addMembers(ApiCaller.accountOf(request), PathIds.of(id), accountIds(uri, body));
        return Map.of();
    }

    @DELETE
    @Path("{id}/accounts")
    @RequiresScope("write:lists")
    public Map<String, Object> removeMembers(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        lists.removeMembers(ApiCaller.accountOf(request), PathIds.of(id), accountIds(uri, body));
        return Map.of();
    }

    /** A list's id; anything that is not one is a list that does not exist. */
    private static ListService.Changes changes(UriInfo uri, MastodonBody body) {
        MastodonBody b = MastodonBody.withQuery(body, uri.getQueryParameters());
        return new ListService.Changes(
                b.stringOrNull("title"),
                b.string("replies_policy").filter(s -> !s.isBlank()).orElse(null),
                b.bool("exclusive").orElse(null));
    }

    /**
     * {@code account_ids[]} from the body or the query (clients send either); none is the
     * service's 422, once it knows the list exists.
     */
    private static List<Long> accountIds(UriInfo uri, MastodonBody body) {
        MastodonBody b = MastodonBody.withQuery(body, uri.getQueryParameters());
        List<String> raw = b.list("account_ids");
        List<Long> ids = new ArrayList<>();
        for (String r : raw) {
            try {
                ids.add(Long.valueOf(r.strip()));
            } catch (NumberFormatException e) {
                throw MastodonErrors.notFound();
            }
        }
        return ids;
    }
}
