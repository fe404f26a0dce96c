package dev.kakehashi.admin;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.InvalidInputException;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.ServiceException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The post list, compose, edit and delete. */
@Path("/admin/posts")
public final class PostsAdminResource {
    static final int LIST_SIZE = 50;

    private final PostService posts;
    private final AdminQueries queries;
    private final AdminRenderer renderer;
    private final Links links;

    public PostsAdminResource(PostService posts, AdminQueries queries, AdminRenderer renderer, Links links) {
        this.posts = posts;
        this.queries = queries;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response list(@QueryParam("status") String status, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostStatus filter = parseStatus(status);
        Long only = me.admin() ? null : me.accountId();
        var items = queries.posts(filter, only, 0, LIST_SIZE, p -> PostAdminView.of(p, publicUrl(p)));
        Map<String, Object> model = new HashMap<>();
        model.put("posts", items);
        model.put("filter", filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT));
        return renderer.render("posts", "Posts", me, model);
    }

    @GET
    @Path("new")
    @Produces("text/html")
    public Response compose(@QueryParam("kind") String kind, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostKind k = "note".equals(kind) ? PostKind.NOTE : PostKind.ARTICLE;
        return form(200, me, null, PostForm.empty(k), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response create(MultivaluedMap<String, String> fields, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        PostForm form = PostForm.of(fields);
        try {
            PostKind kind = form.kind();
            long id = posts.create(me.accountId(), form.input(kind), form.action(), Post::id);
            return Response.seeOther(URI.create("/admin/posts/" + id + "/edit?saved=1"))
                    .build();
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
        return form(200, me, state, state.form(), Map.of(), saved != null ? "Saved." : null);
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
            posts.update(me.accountId(), postId, form.input(state.kind()), form.action(), Post::id);
            return Response.seeOther(URI.create("/admin/posts/" + postId + "/edit?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            return form(422, me, state, form, e.fieldErrors(), null);
        }
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        posts.delete(me.accountId(), parseId(id));
        return Response.seeOther(URI.create("/admin/posts?deleted=1")).build();
    }

    /** What the edit page needs to know about the stored post besides the form values. */
    record EditState(String id, PostKind kind, String status, String publicUrl, PostForm form) {}

    private EditState editState(Post p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", p.isArticle() ? "article" : "note");
        v.put("title", p.title() == null ? "" : p.title());
        v.put("slug", p.slug() == null ? "" : p.slug());
        v.put("body", p.bodyMarkdown());
        v.put("excerpt", p.excerpt() == null ? "" : p.excerpt());
        v.put("tags", String.join(", ", p.tags()));
        v.put("coverId", p.cover() == null ? "" : Long.toString(p.cover().id()));
        v.put(
                "attachmentIds",
                String.join(
                        ",",
                        p.attachments().stream().map(m -> Long.toString(m.id())).toList()));
        v.put("scheduledAt", p.scheduledAt() == null ? "" : p.scheduledAt().toString());
        return new EditState(
                Long.toString(p.id()),
                p.kind(),
                p.status().name().toLowerCase(Locale.ROOT),
                publicUrl(p),
                new PostForm(v));
    }

    private Response form(
            int status, SignedIn me, EditState state, PostForm form, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("post", state);
        model.put("form", form.values());
        model.put("article", !"note".equals(form.get("kind")));
        model.put("errors", errors);
        model.put("notice", notice);
        String title = state == null ? "New post" : "Edit post";
        return renderer.render(status, "compose", title, me, model);
    }

    private String publicUrl(Post p) {
        if (!p.isPublished()) {
            return null;
        }
        return p.isArticle() ? links.article(p.slug()) : links.post(p.id());
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
