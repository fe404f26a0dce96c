package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.PostToScheduled;
import dev.kakehashi.mastodon.entity.ContextEntity;
import dev.kakehashi.mastodon.entity.ScheduledStatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusSourceEntity;
import dev.kakehashi.service.CommentActions;
import dev.kakehashi.service.IdempotentRequests;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.ThreadQueries;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Posting and reading statuses ({@code /api/v1/statuses}). A status from an app is a short post on
 * the blog, made through the same service as the admin's compose form, so it gets its page, its
 * feeds and its federation.
 */
@Path("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusesResource {
    /** Mastodon's cap on the ids of one {@code GET /api/v1/statuses}. */
    static final int MAX_SEVERAL = 20;

    private final PostService posts;
    private final IdempotentRequests idempotent;
    private final StatusQueries statuses;
    private final StatusPresenter presenter;
    private final PostToScheduled scheduled;
    private final Links links;
    private final Clock clock;
    private final Duration scheduleMinLead;
    private final ThreadQueries threads;
    private final ContextPresenter context;
    private final PollService polls;
    private final AnyStatus any;
    private final CommentActions comments;

    public StatusesResource(
            PostService posts,
            IdempotentRequests idempotent,
            StatusQueries statuses,
            StatusPresenter presenter,
            Links links,
            Clock clock,
            Duration scheduleMinLead,
            ThreadQueries threads,
            ContextPresenter context,
            PollService polls,
            CommentActions comments) {
        this.posts = posts;
        this.idempotent = idempotent;
        this.statuses = statuses;
        this.presenter = presenter;
        this.scheduled = new PostToScheduled(links);
        this.links = links;
        this.clock = clock;
        this.scheduleMinLead = scheduleMinLead;
        this.threads = threads;
        this.context = context;
        this.polls = polls;
        this.any = new AnyStatus(statuses, presenter, threads, context);
        this.comments = comments;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:statuses")
    public Object create(
            @Context ContainerRequestContext request,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            MastodonBody body) {
        long author = ApiCaller.accountOf(request);
        StatusRequest asked =
                replyCapped(StatusRequest.from(MastodonBody.of(body), clock.instant(), scheduleMinLead), author);
        String replyTarget = asked.inReplyToId() == null ? null : threads.replyTarget(asked.inReplyToId(), author);
        String quoteTarget = asked.quotedId() == null ? null : statuses.quoteTarget(asked.quotedId(), author, links);
        PostInput input = asked.input(replyTarget, quoteTarget);
        Consumer<Post> poll = p -> {
            if (asked.poll() != null) {
                polls.attach(p, asked.poll());
            }
        };
        if (asked.scheduledAt() != null) {
            return posts.create(author, input, asked.action(), poll, p -> scheduled(p, asked));
        }
        long id = idempotent.once(
                author, idempotencyKey, () -> posts.create(author, input, asked.action(), poll, Post::id));
        return statuses.one(id, author, presenter::one);
    }

    /**
     * A reply that names no visibility is never wider than what it answers: the author's default,
     * narrowed to the parent's (a reply to a followers-only post stays followers-only).
     */
    private StatusRequest replyCapped(StatusRequest asked, long author) {
        if (asked.visibility() != null || asked.inReplyToId() == null) {
            return asked;
        }
        Visibility parent = threads.visibilityOf(asked.inReplyToId(), author);
        return parent.compareTo(posts.defaultVisibility(author)) > 0 ? asked.withVisibility(parent) : asked;
    }

    /**
     * Several statuses at once ({@code ?id[]=1&id[]=2}, Mastodon 4.3): those the caller may see, in
     * the order asked, at most {@value #MAX_SEVERAL}, comments on the blog among them; an unknown id is
     * left out.
     */
    @GET
    public List<StatusEntity> several(@Context ContainerRequestContext request, @Context UriInfo uri) {
        List<String> asked =
                MastodonBodyReader.fromForm(uri.getQueryParameters()).list("id");
        if (asked.isEmpty()) {
            throw InvalidInputException.of("id", "id is required");
        }
        List<Long> ids = new ArrayList<>();
        for (String id : asked.subList(0, Math.min(MAX_SEVERAL, asked.size()))) {
            try {
                ids.add(PathIds.of(id));
            } catch (ServiceException e) {
                // not an id: no status, left out like an unknown one
            }
        }
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        return any.inOrder(ids, statuses.several(ids, viewer, presenter::present), viewer);
    }

    /** A status: a post, or a comment on the blog as the context of its post lists it. */
    @GET
    @Path("{id}")
    public StatusEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        return any.one(PathIds.of(id), viewer);
    }

    /** The thread around a status: what it answers, and its comments and the posts that answer it. */
    @GET
    @Path("{id}/context")
    public ContextEntity context(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        return threads.context(PathIds.of(id), viewer, t -> context.present(t, viewer));
    }

    /** The text of a post of the caller's, or of a comment on the blog ({@link AnyStatus#source}). */
    @GET
    @Path("{id}/source")
    @RequiresScope("read:statuses")
    public StatusSourceEntity source(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long author = ApiCaller.accountOf(request);
        var comment = any.source(PathIds.of(id), author);
        if (comment.isPresent()) {
            return comment.get();
        }
        return posts.editable(
                author,
                PathIds.of(id),
                p -> new StatusSourceEntity(
                        Long.toString(p.id()), p.bodyMarkdown(), p.contentWarning() == null ? "" : p.contentWarning()));
    }

    /**
     * Deletes the post, or the caller's own answer to a comment, and answers it with its source
     * text, for "delete and redraft"; someone else's is 404.
     */
    @DELETE
    @Path("{id}")
    @RequiresScope("write:statuses")
    public StatusEntity delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long author = ApiCaller.accountOf(request);
        long postId = PathIds.of(id);
        var comment = any.comment(postId, author);
        if (comment.isPresent()) {
            return comment.get().withText(comments.deleteOwn(author, postId).orElseThrow());
        }
        String source = posts.editable(author, postId, Post::bodyMarkdown);
        StatusEntity status = statuses.one(postId, author, presenter::one);
        posts.delete(author, postId);
        return status.withText(source);
    }

    private ScheduledStatusEntity scheduled(Post p, StatusRequest asked) {
        return scheduled.convert(
                p, asked.inReplyToId() == null ? null : asked.inReplyToId().toString());
    }

    /** An id that is not a number names no record. */
}
