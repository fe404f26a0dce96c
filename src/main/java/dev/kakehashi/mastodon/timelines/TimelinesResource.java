package dev.kakehashi.mastodon.timelines;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.Paging;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.HomeTimelineCache;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.TimelineQueries;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.PostFilter;
import dev.kakehashi.store.TagMatch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timelines, newest first, paged by id with a {@code Link} header (INTEROP B7, B0.6). */
@Path("/api/v1/timelines")
@Produces(MediaType.APPLICATION_JSON)
public final class TimelinesResource {
    private final TimelineQueries statuses;
    private final StatusPresenter presenter;
    private final Links links;
    private final StatusFilters filters;
    private final HomeTimelineCache homes;

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    public TimelinesResource(
            TimelineQueries statuses,
            StatusPresenter presenter,
            Links links,
            StatusFilters filters,
            HomeTimelineCache homes) {
        this.homes = homes;
        this.statuses = statuses;
        this.presenter = presenter;
        this.links = links;
        this.filters = filters;
    }

    /**
     * The author's own posts and the posts of the accounts they follow; the same question asked again
     * while nothing changed is answered from the {@link HomeTimelineCache}, as the bytes sent before.
     */
    @GET
    @Path("home")
    @RequiresScope("read:statuses")
    public Response home(@Context ContainerRequestContext request, @Context UriInfo uri, @Context Providers providers)
            throws IOException {
        long account = ApiCaller.accountOf(request);
        String query = uri.getRequestUri().getRawQuery();
        HomeTimelineCache.Entry kept = homes.answer(account, query, generation -> {
            Paging paging = Paging.from(uri);
            Response page = page(
                    paging,
                    uri,
                    statuses.home(account, range(paging), presenter::present),
                    account,
                    FilterContext.HOME);
            return new HomeTimelineCache.Entry(
                    generation, json(providers, page.getEntity()), page.getHeaderString("Link"));
        });
        Response.ResponseBuilder answer = Response.ok(kept.body(), MediaType.APPLICATION_JSON_TYPE);
        if (kept.link() != null) {
            answer.header("Link", kept.link());
        }
        return answer.build();
    }

    /** The entity as Jersey's own JSON writer would send it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] json(Providers providers, Object entity) {
        MessageBodyWriter writer = providers.getMessageBodyWriter(
                entity.getClass(), entity.getClass(), NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.writeTo(
                    entity,
                    entity.getClass(),
                    entity.getClass(),
                    NO_ANNOTATIONS,
                    MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<String, Object>(),
                    out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The federated timeline: the blog's public posts and, for a signed-in caller, the public posts
     * received from elsewhere (less the accounts the caller muted); {@code local=true} keeps the blog's,
     * {@code remote=true} the others', {@code only_media} those with attachments. A stranger sees the
     * blog's posts only (and none for {@code remote=true}): what another server sent is not the blog's
     * to publish. Flags are read as Rails reads them.
     */
    @GET
    @Path("public")
    public Response publicTimeline(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Paging paging = Paging.from(uri);
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        PostFilter filter = new PostFilter(null, null, q.bool("only_media").orElse(false), false, null);
        boolean local = q.bool("local").orElse(false);
        boolean remote = q.bool("remote").orElse(false);
        Long viewer = viewer(request);
        if (remote && viewer == null) {
            return page(paging, uri, List.of(), null, FilterContext.PUBLIC);
        }
        List<StatusEntity> page = local || viewer == null
                ? statuses.published(range(paging), filter, presenter::present)
                : statuses.federated(range(paging), filter, remote, viewer, presenter::present);
        return page(paging, uri, page, viewer, FilterContext.PUBLIC);
    }

    /**
     * The blog's public posts carrying the hashtag (or any of {@code any[]}), each of {@code all[]} and
     * none of {@code none[]}, whatever the case of their names, as Mastodon's tag timeline.
     */
    @GET
    @Path("tag/{hashtag}")
    public Response tag(
            @Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("hashtag") String hashtag) {
        Paging paging = Paging.from(uri);
        MastodonBody q = MastodonBodyReader.fromForm(uri.getQueryParameters());
        boolean onlyMedia = q.bool("only_media").orElse(false);
        if (q.bool("remote").orElse(false)) {
            return page(paging, uri, List.of(), null, FilterContext.PUBLIC);
        }
        List<String> any = new ArrayList<>(List.of(hashtag));
        any.addAll(q.list("any"));
        TagMatch tags = new TagMatch(any, q.list("all"), q.list("none"));
        return page(
                paging,
                uri,
                statuses.published(
                        range(paging), new PostFilter(null, null, onlyMedia, false, null), tags, presenter::present),
                viewer(request),
                FilterContext.PUBLIC);
    }

    /** Mastodon 4.3's timeline of posts sharing a link: the blog keeps no trending links, so none. */
    @GET
    @Path("link")
    public Response link(@Context UriInfo uri) {
        Paging.from(uri);
        return Response.ok(List.of()).build();
    }

    static IdRange range(Paging paging) {
        return new IdRange(paging.maxId(), paging.sinceId(), paging.minId(), paging.limit());
    }

    private static Long viewer(ContainerRequestContext request) {
        return ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
    }

    /**
     * Newest first whatever the direction read, with the viewer's filters applied; the Link header
     * pages on the statuses read, so a page a hide filter thinned out still leads to the next.
     */
    private Response page(Paging paging, UriInfo uri, List<StatusEntity> page, Long viewer, FilterContext context) {
        List<StatusEntity> read = new ArrayList<>(page);
        if (paging.ascending()) {
            Collections.reverse(read);
        }
        List<String> ids = read.stream().map(StatusEntity::id).toList();
        List<StatusEntity> shown = filters.apply(viewer, context, read);
        return paging.withLink(Response.ok(shown), links.base(), uri, ids).build();
    }
}
