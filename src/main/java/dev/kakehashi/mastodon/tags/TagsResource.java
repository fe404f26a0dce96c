package dev.kakehashi.mastodon.tags;

import dev.kakehashi.domain.FollowedTag;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.FollowedTagEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.TagFollowService;
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

/**
 * Hashtags (INTEROP B7.3): {@code GET /api/v1/tags/:name}, {@code POST .../follow|unfollow} and
 * {@code GET /api/v1/followed_tags}, paged by the follows' own ids. A followed tag's posts join the
 * home timeline.
 */
// "/api" like the media and instance resources: a longer "/api/v1" would hide their routes.
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class TagsResource {
    private final TagFollowService tags;
    private final Links links;

    public TagsResource(TagFollowService tags, Links links) {
        this.tags = tags;
        this.links = links;
    }

    /** Anyone may look a tag up; {@code following} is the caller's, false without a token. */
    @GET
    @Path("v1/tags/{name}")
    public FollowedTagEntity tag(@Context ContainerRequestContext request, @PathParam("name") String name) {
        Long caller = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        return entity(tags.tag(caller == null ? -1 : caller, name));
    }

    @POST
    @Path("v1/tags/{name}/follow")
    @RequiresScope("write:follows")
    public FollowedTagEntity follow(@Context ContainerRequestContext request, @PathParam("name") String name) {
        return entity(tags.follow(ApiCaller.accountOf(request), name));
    }

    @POST
    @Path("v1/tags/{name}/unfollow")
    @RequiresScope("write:follows")
    public FollowedTagEntity unfollow(@Context ContainerRequestContext request, @PathParam("name") String name) {
        return entity(tags.unfollow(ApiCaller.accountOf(request), name));
    }

    @GET
    @Path("v1/followed_tags")
    @RequiresScope("read:follows")
    public Response followed(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long caller = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri, 100, 200);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<FollowedTag> page = new ArrayList<>(tags.followed(caller, range));
        if (paging.ascending()) {
            Collections.reverse(page);
        }
        List<FollowedTagEntity> shown =
                tags.followedTags(caller, page).stream().map(this::entity).toList();
        List<String> ids = page.stream().map(f -> Long.toString(f.id())).toList();
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }

    private FollowedTagEntity entity(TagFollowService.Tag t) {
        return new FollowedTagEntity(
                t.name(),
                t.name(),
                links.tag(t.name()),
                t.history().stream()
                        .map(d -> new FollowedTagEntity.Day(
                                Long.toString(d.day().getEpochSecond()),
                                Long.toString(d.uses()),
                                Long.toString(d.accounts())))
                        .toList(),
                t.following());
    }
}
