package dev.kakehashi.admin;

import dev.kakehashi.service.AliasService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.MoveOut;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving accounts, both ways: the steps to bring followers from a WordPress blog (or any server
 * that sends {@code Move}) with the followers arriving, and moving this author (or, for an admin,
 * the blog actor) out to a new account.
 */
@Path("/admin/move")
public final class MoveAdminResource {
    static final int LATEST_FOLLOWERS = 10;
    private static final String ONLY_ADMINS = "Only an admin can move the blog.";

    private final MoveOut moves;
    private final AliasService aliases;
    private final FollowerAdmin followers;
    private final AdminRenderer renderer;
    private final Links links;

    public MoveAdminResource(
            MoveOut moves, AliasService aliases, FollowerAdmin followers, AdminRenderer renderer, Links links) {
        this.moves = moves;
        this.aliases = aliases;
        this.followers = followers;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("done") String done, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        String notice =
                switch (done == null ? "" : done) {
                    case "moved" -> "Your followers are being sent the move.";
                    case "stayed" -> "You stay here: your profile no longer points elsewhere.";
                    case "blog-moved" -> "The blog's followers are being sent the move.";
                    case "blog-stayed" -> "The blog stays here: its actor no longer points elsewhere.";
                    default -> null;
                };
        return page(200, me, "", Map.of(), notice, null);
    }

    @POST
    @Path("out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response moveOut(@FormParam("target") String target, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            moves.moveTo(me.accountId(), target);
            return Response.seeOther(URI.create("/admin/move?done=moved")).build();
        } catch (InvalidInputException e) {
            return page(422, me, target, e.fieldErrors(), null, null);
        } catch (ServiceException e) {
            return page(e.status(), me, target, Map.of(), null, e.getMessage());
        }
    }

    @POST
    @Path("stay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response stay(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        moves.stay(me.accountId());
        return Response.seeOther(URI.create("/admin/move?done=stayed")).build();
    }

    /** The blog actor moves out: admins only, with the same checks as an author's move. */
    @POST
    @Path("blog/out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response moveBlogOut(@FormParam("target") String target, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (!me.admin()) {
            return page(403, me, "", Map.of(), null, ONLY_ADMINS);
        }
        try {
            moves.moveBlogTo(target);
            return Response.seeOther(URI.create("/admin/move?done=blog-moved")).build();
        } catch (InvalidInputException e) {
            return page(
                    422,
                    me,
                    "",
                    Map.of("blogTarget", String.join(" ", e.fieldErrors().values())),
                    null,
                    null,
                    target);
        } catch (ServiceException e) {
            return page(e.status(), me, "", Map.of(), null, e.getMessage());
        }
    }

    @POST
    @Path("blog/stay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response blogStays(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (!me.admin()) {
            return page(403, me, "", Map.of(), null, ONLY_ADMINS);
        }
        moves.blogStays();
        return Response.seeOther(URI.create("/admin/move?done=blog-stayed")).build();
    }

    private Response page(
            int status, SignedIn me, String target, Map<String, String> errors, String notice, String problem) {
        return page(status, me, target, errors, notice, problem, "");
    }

    private Response page(
            int status,
            SignedIn me,
            String target,
            Map<String, String> errors,
            String notice,
            String problem,
            String blogTarget) {
        Map<String, Object> model = new HashMap<>();
        model.put("admin", me.admin());
        model.put("blogActorUrl", links.blogActor());
        model.put("blogMovedTo", me.admin() ? moves.blogMovedTo().orElse(null) : null);
        model.put("blogTarget", blogTarget == null ? "" : blogTarget);
        model.put("actorUrl", links.authorActor(me.accountId()));
        model.put("aliases", aliases.ofAccount(me.accountId()));
        List<FollowerAdmin.Row> mine = followers.list(me.accountId(), false).stream()
                .filter(r -> !r.pending())
                .sorted(Comparator.comparing(FollowerAdmin.Row::since).reversed())
                .toList();
        model.put("followerCount", mine.size());
        model.put("latestFollowers", mine.subList(0, Math.min(LATEST_FOLLOWERS, mine.size())));
        model.put("movedTo", moves.movedTo(me.accountId()).orElse(null));
        model.put("target", target == null ? "" : target);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("problem", problem);
        return renderer.render(status, "move", "Moving accounts", me, model);
    }
}
