package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.PostToScheduled;
import dev.kakehashi.mastodon.entity.ScheduledStatusEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.store.IdRange;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The author's scheduled statuses (posts made with {@code scheduled_at}): list them (paged by id
 * with a Link header), read one, move it to another time (its publishing trigger moves too) or
 * delete it (its trigger goes, so it never publishes).
 */
@Path("/api/v1/scheduled_statuses")
@Produces(MediaType.APPLICATION_JSON)
public final class ScheduledStatusesResource {
    private final PostService posts;
    private final PostToScheduled convert;
    private final Links links;
    private final Clock clock;
    private final Duration minLead;

    /** @param minLead how far ahead a schedule must be (the setting {@code schedule.min.lead.seconds}) */
    public ScheduledStatusesResource(PostService posts, Links links, Clock clock, Duration minLead) {
        this.posts = posts;
        this.convert = new PostToScheduled(links);
        this.links = links;
        this.clock = clock;
        this.minLead = minLead;
    }

    @GET
    @RequiresScope("read:statuses")
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        long author = ApiCaller.accountOf(request);
        Paging paging = Paging.from(uri);
        IdRange range = new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
        List<ScheduledStatusEntity> page = new ArrayList<>(posts.scheduledPage(author, range, found -> found.stream()
                .map(p -> convert.convert(p, null))
                .toList()));
        if (paging.ascending()) {
            Collections.reverse(page);
        }
        List<String> ids = page.stream().map(ScheduledStatusEntity::id).toList();
        return paging.withLink(Response.ok(page), links.base(), uri, ids).build();
    }

    @GET
    @Path("{id}")
    @RequiresScope("read:statuses")
    public ScheduledStatusEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long author = ApiCaller.accountOf(request);
        return posts.scheduled(author, PathIds.of(id), p -> convert.convert(p, null));
    }

    /** Moves the status to {@code scheduled_at}, which must be at least {@code minLead} (5 minutes) ahead. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:statuses")
    public ScheduledStatusEntity update(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long author = ApiCaller.accountOf(request);
        long postId = PathIds.of(id);
        // An unknown id is 404 before the body is judged, as Mastodon looks the record up first.
        posts.scheduled(author, postId, p -> p.id());
        MastodonBody b = MastodonBody.of(body);
        if (b.string("scheduled_at").map(String::isBlank).orElse(true)) {
            throw InvalidInputException.of("scheduled_at", "Scheduled at can't be blank");
        }
        Instant at = StatusRequest.from(b, clock.instant(), minLead).scheduledAt();
        return posts.reschedule(author, postId, at, p -> convert.convert(p, null));
    }

    @DELETE
    @Path("{id}")
    @RequiresScope("write:statuses")
    public Map<String, Object> delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long author = ApiCaller.accountOf(request);
        long postId = PathIds.of(id);
        posts.scheduled(author, postId, p -> p.id());
        posts.delete(author, postId);
        return Map.of();
    }
}
