package dev.kakehashi.admin;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Ids;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.comments.CommentModeration;
import dev.kakehashi.service.comments.CommentModeration.Action;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The moderation queue: comments by status (pending, published, spam, rejected), and approve,
 * reject, mark as spam and delete. Authors see comments under their own posts, admins all.
 */
@Path("/admin/comments")
public final class CommentsAdminResource {
    static final int PAGE_SIZE = 20;

    private final CommentModeration moderation;
    private final AdminRenderer renderer;
    private final Links links;

    public CommentsAdminResource(CommentModeration moderation, AdminRenderer renderer, Links links) {
        this.moderation = moderation;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("done") String done,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        CommentStatus tab = tab(status);
        Page<CommentAdminView> items =
                map(moderation.queue(tab, pageNumber(page), PAGE_SIZE, me.accountId(), me.admin()), me);
        Map<String, Long> counts = new LinkedHashMap<>();
        moderation.counts(me.accountId(), me.admin()).forEach((s, n) -> counts.put(name(s), n));
        Map<String, Object> model = new HashMap<>();
        model.put("tab", name(tab));
        model.put("counts", counts);
        model.put("page", items);
        model.put("comments", items.items());
        model.put("notice", notice(done));
        return renderer.render("comments", "Comments", me, model);
    }

    @POST
    @Path("{id}/{action}")
    @Produces("text/html")
    public Response decide(
            @PathParam("id") String id,
            @PathParam("action") String action,
            @FormParam("tab") String returnTab,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        Action a = action(action);
        moderation.decide(Ids.parse(id, "Comment"), a, me.accountId(), me.admin());
        String done = a.name().toLowerCase(Locale.ROOT);
        return Response.seeOther(UriBuilder.fromPath("/admin/comments")
                        .queryParam("status", name(tab(returnTab)))
                        .queryParam("done", done)
                        .build())
                .build();
    }

    private Page<CommentAdminView> map(Page<dev.kakehashi.domain.QueuedComment> p, SignedIn me) {
        return new Page<>(
                p.items().stream()
                        .map(c -> CommentAdminView.of(c, links, me.accountId(), me.admin()))
                        .toList(),
                p.number(),
                p.size(),
                p.total());
    }

    /** The tab a query or form names; the pending queue when it names none we have. */
    private static CommentStatus tab(String raw) {
        if (raw != null) {
            for (CommentStatus s : CommentModeration.TABS) {
                if (name(s).equals(raw)) {
                    return s;
                }
            }
        }
        return CommentStatus.PENDING;
    }

    private static String name(CommentStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static Action action(String raw) {
        switch (raw) {
            case "approve":
                return Action.APPROVE;
            case "reject":
                return Action.REJECT;
            case "spam":
                return Action.SPAM;
            case "delete":
                return Action.DELETE;
            default:
                throw ServiceException.notFound("Action");
        }
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        switch (done) {
            case "approve":
                return "Comment approved: it is on the blog now.";
            case "reject":
                return "Comment rejected.";
            case "spam":
                return "Comment marked as spam.";
            case "delete":
                return "Comment deleted.";
            default:
                return null;
        }
    }

    private static int pageNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Page");
        }
    }
}
