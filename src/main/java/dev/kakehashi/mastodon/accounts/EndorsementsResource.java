package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.RelationshipToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.RelationshipEntity;
import dev.kakehashi.service.AccountNoteService;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.EndorsementService;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An author's own marks on accounts: the private note ({@code POST /api/v1/accounts/:id/note}) and
 * endorsements ({@code pin}/{@code unpin}, which Mastodon 4.4 also names {@code endorse}/{@code
 * unendorse}); each answers the relationship. {@code GET /api/v1/accounts/:id/endorsements} lists
 * whom an author features, publicly; the caller's own list is {@link MyEndorsementsResource}.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class EndorsementsResource {
    private final AccountRelations relations;
    private final EndorsementService endorsements;
    private final AccountNoteService notes;
    private final AccountViews views;
    private final Links links;

    public EndorsementsResource(
            AccountRelations relations,
            EndorsementService endorsements,
            AccountNoteService notes,
            AccountViews views,
            Links links) {
        this.relations = relations;
        this.endorsements = endorsements;
        this.notes = notes;
        this.views = views;
        this.links = links;
    }

    @POST
    @Path("{id}/note")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:accounts")
    public RelationshipEntity note(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        String comment = MastodonBody.withQuery(body, uri.getQueryParameters())
                .string("comment")
                .orElse("");
        notes.set(me, n, comment);
        return RelationshipToEntity.of(relations.of(me, n));
    }

    @POST
    @Path("{id}/pin")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:accounts")
    public RelationshipEntity pin(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        endorsements.endorse(me, n);
        return RelationshipToEntity.of(relations.of(me, n));
    }

    @POST
    @Path("{id}/endorse")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:accounts")
    public RelationshipEntity endorse(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return pin(request, id);
    }

    @POST
    @Path("{id}/unpin")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:accounts")
    public RelationshipEntity unpin(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        endorsements.unendorse(me, n);
        return RelationshipToEntity.of(relations.of(me, n));
    }

    @POST
    @Path("{id}/unendorse")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:accounts")
    public RelationshipEntity unendorse(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return unpin(request, id);
    }

    /** Whom the author {@code id} features on their profile; public, as on Mastodon. */
    @GET
    @Path("{id}/endorsements")
    public Response endorsementsOf(@PathParam("id") String id, @Context UriInfo uri) {
        return page(AccountViews.id(id), uri);
    }

    /** One page of {@code accountId}'s endorsements with a {@code Link} header. */
    Response page(long accountId, UriInfo uri) {
        Paging paging = Paging.from(uri, AccountRelationsResource.DEFAULT_LIMIT, AccountRelationsResource.MAX_LIMIT);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<AccountRelations.Listed> page = endorsements.endorsed(accountId, range, l -> l);
        List<AccountEntity> accounts =
                new ArrayList<>(page.stream().map(l -> views.of(l.account())).toList());
        List<String> ids = new ArrayList<>(
                page.stream().map(l -> Long.toString(l.pageId())).toList());
        if (paging.ascending()) {
            Collections.reverse(accounts);
            Collections.reverse(ids);
        }
        return paging.withLink(Response.ok(accounts), links.base(), uri, ids).build();
    }
}
