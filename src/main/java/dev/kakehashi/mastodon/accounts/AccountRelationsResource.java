package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.RelationshipToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.FamiliarFollowersEntity;
import dev.kakehashi.mastodon.entity.RelationshipEntity;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.Links;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.GET;
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
 * Reading relations (INTEROP B4.2, B4.4, B4.6): relationships with any number of accounts (one
 * entry per known id, as toot indexes {@code [0]}), followers and following lists paged by follow
 * row with a Link header, familiar followers, and account search.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountRelationsResource {
    static final int DEFAULT_LIMIT = 40;
    static final int MAX_LIMIT = 80;

    private final AccountRelations relations;
    private final AccountViews views;
    private final AccountFinder finder;
    private final Links links;

    public AccountRelationsResource(AccountRelations relations, AccountViews views, AccountFinder finder, Links links) {
        this.relations = relations;
        this.views = views;
        this.finder = finder;
        this.links = links;
    }

    @GET
    @Path("relationships")
    @RequiresScope("read:follows")
    public List<RelationshipEntity> relationships(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long me = ApiCaller.accountOf(request);
        return relations.of(me, ids(uri)).stream().map(RelationshipToEntity::of).toList();
    }

    @GET
    @Path("familiar_followers")
    @RequiresScope("read:follows")
    public List<FamiliarFollowersEntity> familiarFollowers(
            @Context ContainerRequestContext request, @Context UriInfo uri) {
        long me = ApiCaller.accountOf(request);
        List<FamiliarFollowersEntity> out = new ArrayList<>();
        for (long id : ids(uri)) {
            try {
                out.add(new FamiliarFollowersEntity(
                        Long.toString(id), relations.familiarFollowers(me, id, page -> page.stream()
                                .map(l -> views.of(l.account()))
                                .toList())));
            } catch (dev.kakehashi.service.error.ServiceException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        return out;
    }

    @GET
    @Path("{id}/followers")
    public Response followers(@PathParam("id") String id, @Context UriInfo uri) {
        Paging paging = Paging.from(uri, DEFAULT_LIMIT, MAX_LIMIT);
        return page(paging, uri, relations.followers(AccountViews.id(id), range(paging), this::listed));
    }

    @GET
    @Path("{id}/following")
    public Response following(@PathParam("id") String id, @Context UriInfo uri) {
        Paging paging = Paging.from(uri, DEFAULT_LIMIT, MAX_LIMIT);
        return page(paging, uri, relations.following(AccountViews.id(id), range(paging), this::listed));
    }

    /** {@code GET /api/v1/accounts/search?q&resolve&following&limit&offset}: the accounts part of a search. */
    @GET
    @Path("search")
    @RequiresScope({"read:accounts", "read:search"})
    public List<AccountEntity> search(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long me = ApiCaller.accountOf(request);
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        String term = q.string("q").map(String::strip).orElse("");
        Paging paging = Paging.from(uri, DEFAULT_LIMIT, MAX_LIMIT);
        int offset = (int) Math.max(0, q.number("offset").orElse(0L));
        Long followedBy = q.bool("following").orElse(false) ? me : null;
        return finder.find(term, q.bool("resolve").orElse(false), followedBy, offset, paging.limit());
    }

    private record Rows(List<AccountEntity> accounts, List<String> pageIds) {}

    private Rows listed(List<AccountRelations.Listed> page) {
        return new Rows(
                page.stream().map(l -> views.of(l.account())).toList(),
                page.stream().map(l -> Long.toString(l.pageId())).toList());
    }

    private Response page(Paging paging, UriInfo uri, Rows rows) {
        List<AccountEntity> accounts = new ArrayList<>(rows.accounts());
        List<String> ids = new ArrayList<>(rows.pageIds());
        if (paging.ascending()) {
            Collections.reverse(accounts);
            Collections.reverse(ids);
        }
        return paging.withLink(Response.ok(accounts), links.base(), uri, ids).build();
    }

    private static IdRange range(Paging paging) {
        return new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
    }

    /** {@code id[]=1&id[]=2} or {@code id=1}; ids that are not numbers name no account and are skipped. */
    static List<Long> ids(UriInfo uri) {
        List<Long> ids = new ArrayList<>();
        for (String v : MastodonBodyReader.fromForm(uri.getQueryParameters()).list("id")) {
            try {
                ids.add(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                // an id we cannot have minted
            }
        }
        return ids;
    }
}
