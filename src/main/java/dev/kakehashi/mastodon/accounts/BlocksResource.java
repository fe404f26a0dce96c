package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.BlockAdmin;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.MuteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * The lists of blocked and muted accounts and of blocked domains (INTEROP B4.4), paged by the
 * block's or mute's id with a Link header. Blocks and domain blocks are the blog's moderation
 * blocks (the admin's Blocks page), so only an admin may add or lift a domain block.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class BlocksResource {
    private final BlockAdmin blocks;
    private final MuteService mutes;
    private final AccountRelations relations;
    private final AccountToEntity toEntity;
    private final Links links;
    private final AccountQueries known;

    public BlocksResource(
            BlockAdmin blocks,
            MuteService mutes,
            AccountRelations relations,
            AccountToEntity toEntity,
            Links links,
            AccountQueries known) {
        this.blocks = blocks;
        this.mutes = mutes;
        this.relations = relations;
        this.toEntity = toEntity;
        this.links = links;
        this.known = known;
    }

    @GET
    @Path("v1/blocks")
    @RequiresScope("read:blocks")
    public Response blocked(@Context ContainerRequestContext request, @Context UriInfo uri) {
        ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, AccountRelationsResource.DEFAULT_LIMIT, AccountRelationsResource.MAX_LIMIT);
        List<BlockAdmin.Row> rows = page(false, paging);
        Map<String, RemoteActor> cached =
                known.remotesByUris(rows.stream().map(BlockAdmin.Row::target).toList());
        List<AccountEntity> accounts = new ArrayList<>();
        for (BlockAdmin.Row b : rows) {
            RemoteActor a = cached.get(b.target());
            accounts.add(a == null ? toEntity.unknownRemote(b.target()) : toEntity.remote(a));
        }
        return paging.withLink(Response.ok(accounts), links.base(), uri, ids(rows))
                .build();
    }

    @GET
    @Path("v1/mutes")
    @RequiresScope("read:mutes")
    public Response muted(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long me = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, AccountRelationsResource.DEFAULT_LIMIT, AccountRelationsResource.MAX_LIMIT);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<MuteService.Muted> page = new ArrayList<>(mutes.page(me, range, p -> p));
        if (paging.ascending()) {
            Collections.reverse(page);
        }
        List<AccountEntity> accounts =
                page.stream().map(m -> toEntity.remote(m.actor())).toList();
        List<String> ids = page.stream().map(m -> Long.toString(m.pageId())).toList();
        return paging.withLink(Response.ok(accounts), links.base(), uri, ids).build();
    }

    @GET
    @Path("v1/domain_blocks")
    @RequiresScope("read:blocks")
    public Response domains(@Context ContainerRequestContext request, @Context UriInfo uri) {
        ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, 100, 200);
        List<BlockAdmin.Row> rows = page(true, paging);
        List<String> domains = rows.stream().map(BlockAdmin.Row::target).toList();
        return paging.withLink(Response.ok(domains), links.base(), uri, ids(rows))
                .build();
    }

    @POST
    @Path("v1/domain_blocks")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:blocks")
    public Map<String, Object> blockDomain(
            @Context ContainerRequestContext request, @Context UriInfo uri, MastodonBody body) {
        String domain = domain(request, uri, body);
        try {
            blocks.blockDomain(domain, null);
        } catch (InvalidInputException e) {
            throw e;
        } catch (ServiceException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
        return Map.of();
    }

    @DELETE
    @Path("v1/domain_blocks")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:blocks")
    public Map<String, Object> unblockDomain(
            @Context ContainerRequestContext request, @Context UriInfo uri, MastodonBody body) {
        String domain = domain(request, uri, body).strip().toLowerCase(java.util.Locale.ROOT);
        blocks.list().stream()
                .filter(b -> b.domain() && b.target().equalsIgnoreCase(domain))
                .forEach(b -> blocks.lift(b.id()));
        return Map.of();
    }

    /** The {@code domain} parameter (body or query) of an admin's request; 422 when missing. */
    private String domain(ContainerRequestContext request, UriInfo uri, MastodonBody body) {
        long me = ApiCaller.accountOf(request);
        MastodonBody b = MastodonBody.withQuery(body, uri.getQueryParameters());
        String domain = b.string("domain").map(String::strip).orElse("");
        if (domain.isEmpty()) {
            throw InvalidInputException.of("domain", "Domain can't be blank");
        }
        if (!relations.isAdmin(me)) {
            throw ServiceException.forbidden(AccountActionsResource.ADMINS_ONLY);
        }
        return domain;
    }

    /** One page of blocks, read in SQL by id; newest first whichever way it was read. */
    private List<BlockAdmin.Row> page(boolean domain, Paging paging) {
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<BlockAdmin.Row> page = new ArrayList<>(blocks.page(domain, range));
        if (paging.ascending()) {
            Collections.reverse(page);
        }
        return page;
    }

    private static List<String> ids(List<BlockAdmin.Row> rows) {
        return rows.stream().map(b -> Long.toString(b.id())).toList();
    }
}
