package dev.kakehashi.mastodon.filters;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.FilterToEntity;
import dev.kakehashi.mastodon.entity.FilterKeywordEntity;
import dev.kakehashi.mastodon.entity.FilterStatusEntity;
import dev.kakehashi.service.filters.FilterService;
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
import java.util.List;
import java.util.Map;

/**
 * The keywords and statuses of a filter, one by one: {@code /api/v2/filters/:id/keywords},
 * {@code /api/v2/filters/keywords/:id}, {@code /api/v2/filters/:id/statuses}, {@code
 * /api/v2/filters/statuses/:id}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class FilterRulesResource {
    private final FilterService filters;
    private final FilterToEntity toEntity = new FilterToEntity();

    public FilterRulesResource(FilterService filters) {
        this.filters = filters;
    }

    @GET
    @Path("v2/filters/{id}/keywords")
    @RequiresScope("read:filters")
    public List<FilterKeywordEntity> keywords(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return filters.get(ApiCaller.accountOf(request), PathIds.of(id)).keywords().stream()
                .map(toEntity::keyword)
                .toList();
    }

    @POST
    @Path("v2/filters/{id}/keywords")
    @RequiresScope("write:filters")
    public FilterKeywordEntity addKeyword(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        MastodonBody b = MastodonBody.of(body);
        long account = ApiCaller.accountOf(request);
        return toEntity.keyword(filters.addKeyword(
                account,
                PathIds.of(id),
                b.stringOrNull("keyword"),
                b.bool("whole_word").orElse(null)));
    }

    @GET
    @Path("v2/filters/keywords/{id}")
    @RequiresScope("read:filters")
    public FilterKeywordEntity keyword(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return toEntity.keyword(filters.keyword(ApiCaller.accountOf(request), PathIds.of(id)));
    }

    @PUT
    @Path("v2/filters/keywords/{id}")
    @RequiresScope("write:filters")
    public FilterKeywordEntity updateKeyword(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        MastodonBody b = MastodonBody.of(body);
        long account = ApiCaller.accountOf(request);
        return toEntity.keyword(filters.updateKeyword(
                account,
                PathIds.of(id),
                b.stringOrNull("keyword"),
                b.bool("whole_word").orElse(null)));
    }

    @DELETE
    @Path("v2/filters/keywords/{id}")
    @RequiresScope("write:filters")
    public Map<String, Object> deleteKeyword(@Context ContainerRequestContext request, @PathParam("id") String id) {
        filters.deleteKeyword(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    @GET
    @Path("v2/filters/{id}/statuses")
    @RequiresScope("read:filters")
    public List<FilterStatusEntity> statuses(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return filters.get(ApiCaller.accountOf(request), PathIds.of(id)).statuses().stream()
                .map(toEntity::status)
                .toList();
    }

    @POST
    @Path("v2/filters/{id}/statuses")
    @RequiresScope("write:filters")
    public FilterStatusEntity addStatus(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        String status =
                MastodonBody.of(body).string("status_id").map(String::strip).orElse("");
        // Anything but an id names no status (0): the service's 422, once it found the filter (404 first).
        long statusId = status.matches("[0-9]{1,18}") ? Long.parseLong(status) : 0L;
        return toEntity.status(filters.addStatus(ApiCaller.accountOf(request), PathIds.of(id), statusId));
    }

    @GET
    @Path("v2/filters/statuses/{id}")
    @RequiresScope("read:filters")
    public FilterStatusEntity status(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return toEntity.status(filters.status(ApiCaller.accountOf(request), PathIds.of(id)));
    }

    @DELETE
    @Path("v2/filters/statuses/{id}")
    @RequiresScope("write:filters")
    public Map<String, Object> deleteStatus(@Context ContainerRequestContext request, @PathParam("id") String id) {
        filters.deleteStatus(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }
}
