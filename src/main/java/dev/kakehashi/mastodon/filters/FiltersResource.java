package dev.kakehashi.mastodon.filters;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.FilterToEntity;
import dev.kakehashi.mastodon.entity.FilterEntity;
import dev.kakehashi.mastodon.entity.V1FilterEntity;
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
 * {@code /api/v2/filters} (INTEROP B10.4): an author's filters, created and changed with their
 * keywords in one request; and the read-only v1 list that old clients read, one entry per keyword.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class FiltersResource {
    private final FilterService filters;
    private final FilterToEntity toEntity = new FilterToEntity();

    public FiltersResource(FilterService filters) {
        this.filters = filters;
    }

    @GET
    @Path("v2/filters")
    @RequiresScope("read:filters")
    public List<FilterEntity> list(@Context ContainerRequestContext request) {
        return filters.list(ApiCaller.accountOf(request)).stream()
                .map(toEntity::convert)
                .toList();
    }

    @POST
    @Path("v2/filters")
    @RequiresScope("write:filters")
    public FilterEntity create(@Context ContainerRequestContext request, MastodonBody body) {
        return toEntity.convert(
                filters.create(ApiCaller.accountOf(request), FilterRequest.from(MastodonBody.of(body))));
    }

    @GET
    @Path("v2/filters/{id}")
    @RequiresScope("read:filters")
    public FilterEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return toEntity.convert(filters.get(ApiCaller.accountOf(request), PathIds.of(id)));
    }

    @PUT
    @Path("v2/filters/{id}")
    @RequiresScope("write:filters")
    public FilterEntity update(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long account = ApiCaller.accountOf(request);
        long filter = PathIds.of(id);
        return toEntity.convert(filters.update(account, filter, FilterRequest.from(MastodonBody.of(body))));
    }

    @DELETE
    @Path("v2/filters/{id}")
    @RequiresScope("write:filters")
    public Map<String, Object> delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        filters.delete(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    /** v1: each keyword of a v2 filter is one v1 filter, as Mastodon answers. */
    @GET
    @Path("v1/filters")
    @RequiresScope("read:filters")
    public List<V1FilterEntity> v1(@Context ContainerRequestContext request) {
        return filters.list(ApiCaller.accountOf(request)).stream()
                .flatMap(f -> toEntity.v1(f).stream())
                .toList();
    }

    /** An id that is not a number names nothing. */
}
