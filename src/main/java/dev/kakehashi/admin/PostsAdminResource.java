package dev.kakehashi.admin;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.DeliveryQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The post list, compose, edit and delete. A short post may carry a poll, opened, changed or removed
 * through the same {@link PollService} as a poll from an app, in the post's unit of work.
 */
@Path("/admin/posts")
public final class PostsAdminResource {
    static final int LIST_SIZE = 20;

    /** The poll durations the form offers, in seconds, with their labels (Mastodon's web choices). */
    static final Map<String, String> POLL_DURATIONS = durations();

    private static Map<String, String> durations() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("300", "5 minutes");
        d.put("1800", "30 minutes");
        d.put("3600", "1 hour");
        d.put("21600", "6 hours");
        d.put("43200", "12 hours");
        d.put("86400", "1 day");
        d.put("259200", "3 days");
        d.put("604800", "7 days");
        d.put("2629746", "1 month");
        return java.util.Collections.unmodifiableMap(d);
    }

    private final PostService posts;
    private final AdminQueries queries;
    private final AdminRenderer renderer;
    private final Links links;
    private final DeliveryQueries delivery;
    private final PollService polls;

    public PostsAdminResource(
            PostService posts,
            AdminQueries queries,
            AdminRenderer renderer,
            Links links,
            DeliveryQueries delivery,
            PollService polls) {
        this.posts = posts;
        this.queries = queries;
        this.renderer = renderer;
        this.links = links;
        this.delivery = delivery;
        this.polls = polls;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("deleted") String deleted,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostStatus filter = parseStatus(status);
        Long only = me.admin() ? null : me.accountId();
        var items = queries.page(filter, only, parsePage(page), LIST_SIZE, p -> PostAdminView.of(p, links));
        Map<String, Object> model = new HashMap<>();
        model.put("page", items);
        model.put("posts", items.items());
        // One small query per listed post (a page holds at most LIST_SIZE).
        Map<String, DeliveryQueries.PostDelivery> deliveries = new HashMap<>();
        for (PostAdminView p : items.items()) {
            deliveries.put(p.id(), delivery.forPost(parseId(p.id())));
        }
        model.put("delivery", deliveries);
        String f = filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT);
        model.put("filter", f);
        model.put("filterQuery", filter == null ? "" : "status=" + f + "&");
        Map<String, Long> counts = new HashMap<>();
        counts.put("all", queries.count(null, only));
        for (PostStatus s : List.of(PostStatus.DRAFT, PostStatus.SCHEDULED, PostStatus.PUBLISHED)) {
            counts.put(s.name().toLowerCase(Locale.ROOT), queries.count(s, only));
        }
        model.put("counts", counts);
        model.put("notice", deleted != null ? "Post deleted." : null);
        return renderer.render("posts", "Posts", me, model);
    }

    @GET
    @Path("new")
    @Produces("text/html")
    public Response compose(
            @QueryParam("kind") String kind,
            @QueryParam("inReplyTo") String inReplyTo,
            @QueryParam("to") String to,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostKind k = "note".equals(kind) ? PostKind.NOTE : PostKind.ARTICLE;
        PostForm form = PostForm.empty(k);
        if (inReplyTo != null && !inReplyTo.isBlank()) {
            // A reply from the reader: a short post addressed to the author it answers.
            form = PostForm.replying(inReplyTo.strip(), to);
        }
        // Preselects the author's default (source[privacy] in Mastodon apps), as apps do.
        form.values().put("visibility", posts.defaultVisibility(me.accountId()).wireName());
        return form(200, me, null, form, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response create(MultivaluedMap<String, String> fields, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostForm form = PostForm.of(fields);
        try {
            PostKind kind = form.kind();
            PostInput input = form.input(kind);
            Consumer<Post> poll = poll(kind, form, false);
            Saved saved = posts.create(me.accountId(), input, form.action(), poll, Saved::of);
            return saved.redirect();
        } catch (InvalidInputException e) {
            return form(422, me, null, form, e.fieldErrors(), null);
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces("text/html")
    public Response edit(
            @PathParam("id") String id, @QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long postId = parseId(id);
        EditState state = posts.editable(me.accountId(), postId, this::editState);
        return form(200, me, state, state.form(), Map.of(), notice(saved));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response update(
            @PathParam("id") String id,
            MultivaluedMap<String, String> fields,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long postId = parseId(id);
        EditState state = posts.editable(me.accountId(), postId, this::editState);
        PostForm form = PostForm.of(fields);
        try {
            PostInput input = form.input(state.kind());
            Consumer<Post> poll = poll(state.kind(), form, "published".equals(state.status()));
            Saved saved = posts.update(me.accountId(), postId, input, form.action(), poll, Saved::of);
            boolean wasPublished = "published".equals(state.status());
            return wasPublished && saved.status() == PostStatus.PUBLISHED
                    ? saved.redirect("updated")
                    : saved.redirect();
        } catch (InvalidInputException e) {
            return form(422, me, state, form, e.fieldErrors(), null);
        }
    }

    /**
     * What the form does to the post's poll, checked before anything is stored: a short post's form
     * opens, changes or (all options blank) removes it; a form without the poll's fields leaves it.
     * The poll of a post not published before opens afresh, so a draft's poll starts when it is
     * published; a published one keeps its votes and end while its choices stay.
     */
    private Consumer<Post> poll(PostKind kind, PostForm form, boolean wasPublished) {
        if (kind != PostKind.NOTE || !form.hasPollFields()) {
            return p -> {};
        }
        PollInput asked = form.poll();
        return wasPublished ? p -> polls.attach(p, asked) : p -> polls.attachUnpublished(p, asked);
    }

    /** Asks before deleting, so the question works without JavaScript too. */
    @GET
    @Path("{id}/delete")
    @Produces("text/html")
    public Response confirmDelete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        EditState state = posts.editable(me.accountId(), parseId(id), this::editState);
        return renderer.render("delete", "Delete post", me, Map.of("post", state));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        posts.delete(me.accountId(), parseId(id));
        return Response.seeOther(URI.create("/admin/posts?deleted=1")).build();
    }

    /** After a save: where the author goes next, and which notice they see there. */
    record Saved(long id, PostStatus status) {
        static Saved of(Post p) {
            return new Saved(p.id(), p.status());
        }

        Response redirect() {
            return redirect(status.name().toLowerCase(Locale.ROOT));
        }

        Response redirect(String what) {
            return Response.seeOther(URI.create("/admin/posts/" + id + "/edit?saved=" + what))
                    .build();
        }
    }

    /** An image already attached to the post, for the compose page's thumbnails. */
    record Attached(String id, String url, String alt) {}

    /** What the edit page needs to know about the stored post besides the form values. */
    record EditState(
            String id,
            PostKind kind,
            String status,
            String title,
            String publicUrl,
            Instant scheduledAt,
            Attached cover,
            List<Attached> attachments,
            PostForm form) {}

    private EditState editState(Post p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", p.isArticle() ? "article" : "note");
        v.put("title", p.title() == null ? "" : p.title());
        v.put("slug", p.slug() == null ? "" : p.slug());
        v.put("body", p.bodyMarkdown());
        v.put("excerpt", p.excerpt() == null ? "" : p.excerpt());
        v.put("contentWarning", p.contentWarning() == null ? "" : p.contentWarning());
        v.put("tags", String.join(", ", p.tags()));
        v.put("coverId", p.cover() == null ? "" : Long.toString(p.cover().id()));
        v.put(
                "attachmentIds",
                String.join(
                        ",",
                        p.attachments().stream().map(m -> Long.toString(m.id())).toList()));
        v.put("commentsClosed", p.commentsClosed() ? "on" : "");
        v.put("inReplyTo", p.inReplyTo() == null ? "" : p.inReplyTo());
        v.put("visibility", p.visibility().wireName());
        pollValues(p, v);
        // datetime-local has no zone: the page shows UTC and says so; the script turns it local
        v.put(
                "scheduledAt",
                p.scheduledAt() == null
                        ? ""
                        : LocalDateTime.ofInstant(p.scheduledAt(), ZoneOffset.UTC)
                                .truncatedTo(ChronoUnit.MINUTES)
                                .toString());
        return new EditState(
                Long.toString(p.id()),
                p.kind(),
                p.status().name().toLowerCase(Locale.ROOT),
                PostAdminView.of(p, links).title(),
                PostAdminView.publicUrl(p, links),
                p.scheduledAt(),
                p.cover() == null ? null : attached(p.cover()),
                p.attachments().stream().map(this::attached).toList(),
                new PostForm(v));
    }

    /** The short post's poll as the form shows it: its options, kind and the duration it was opened with. */
    private void pollValues(Post p, Map<String, String> v) {
        if (p.isArticle()) {
            return;
        }
        Poll poll = polls.ofPost(p.id());
        for (int i = 1; i <= PollInput.MAX_OPTIONS; i++) {
            boolean has = poll != null && poll.options().size() >= i;
            v.put("pollOption" + i, has ? poll.options().get(i - 1).title() : "");
        }
        long seconds = poll == null
                ? PostForm.DEFAULT_POLL_SECONDS
                : PollDurations.nearest(
                        p,
                        poll,
                        POLL_DURATIONS.keySet().stream().map(Long::valueOf).toList(),
                        PostForm.DEFAULT_POLL_SECONDS);
        v.put(PostForm.POLL_EXPIRES_IN, Long.toString(seconds));
        v.put("pollMultiple", poll != null && poll.multiple() ? "on" : "");
        v.put("pollHideTotals", poll != null && poll.hideTotals() ? "on" : "");
    }

    private Attached attached(Media m) {
        return new Attached(Long.toString(m.id()), links.media(m.fileName()), m.altText());
    }

    private static String notice(String saved) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "published" -> "Published.";
            case "updated" -> "Updated.";
            case "scheduled" -> "Scheduled.";
            default -> "Saved.";
        };
    }

    private Response form(
            int status, SignedIn me, EditState state, PostForm form, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("post", state);
        model.put("form", form.values());
        model.put("article", !"note".equals(form.get("kind")));
        model.put("pollDurations", POLL_DURATIONS);
        model.put("schedulesLater", form.schedulesLater());
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("delivery", state == null ? null : delivery.forPost(parseId(state.id())));
        String title = state == null ? "New post" : "Edit post";
        return renderer.render(status, "compose", title, me, model);
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static PostStatus parseStatus(String status) {
        if (status == null || status.isBlank() || status.equals("all")) {
            return null;
        }
        try {
            PostStatus s = PostStatus.valueOf(status.toUpperCase(Locale.ROOT));
            return s == PostStatus.DELETED ? null : s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Post");
        }
    }
}
