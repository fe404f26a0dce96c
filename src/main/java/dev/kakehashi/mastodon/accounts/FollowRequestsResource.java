package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.RelationshipToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.RelationshipEntity;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.Links;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.Consumes;
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

/**
 * Follow requests (INTEROP B4.4): when the blog approves followers by hand (Settings), follows of
 * the caller wait here (and, for an admin, those of the blog itself); authorizing sends the {@code
 * Accept}, rejecting the {@code Reject}, through the same service as the admin's Followers page.
 * When the blog accepts every follower at once the list is always empty and authors are not
 * {@code locked}.
 */
@Path("/api/v1/follow_requests")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowRequestsResource {
    private final AccountRelations relations;
    private final FollowerAdmin followers;
    private final AccountViews views;
    private final Links links;

    public FollowRequestsResource(
            AccountRelations relations, FollowerAdmin followers, AccountViews views, Links links) {
        this.relations = relations;
        this.followers = followers;
        this.views = views;
        this.links = links;
    }

    @GET
    @RequiresScope("read:follows")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long me = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, AccountRelationsResource.DEFAULT_LIMIT, AccountRelationsResource.MAX_LIMIT);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), null, paging.limit());
        List<AccountRelations.Listed> page = relations.followRequests(me, relations.isAdmin(me), range, p -> p);
        List<AccountEntity> accounts =
                page.stream().map(l -> views.of(l.account())).toList();
        List<String> ids = page.stream().map(l -> Long.toString(l.pageId())).toList();
        return paging.withLink(Response.ok(accounts), links.base(), uri, ids).build();
    }

    @POST
    @Path("{id}/authorize")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:follows")
    public RelationshipEntity authorize(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        boolean admin = relations.isAdmin(me);
        followers.approve(relations.followerRow(me, admin, n, true), me, admin);
        return RelationshipToEntity.of(relations.of(me, n));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:follows")
    public RelationshipEntity reject(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        boolean admin = relations.isAdmin(me);
        followers.reject(relations.followerRow(me, admin, n, true), me, admin);
        return RelationshipToEntity.of(relations.of(me, n));
    }
}
