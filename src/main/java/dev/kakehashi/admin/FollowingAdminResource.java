package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.BlocksMutesImport;
import dev.kakehashi.service.FollowsImport;
import dev.kakehashi.service.RemoteFollowing;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * People on other servers the signed-in author follows (and, for an admin, those the blog's actor
 * follows): follow by handle or URL, unfollow, and the newest posts they sent, which the author can like and boost (and take back) as their own actor.
 */
@Path("/admin/following")
public final class FollowingAdminResource {
    static final int RECENT_POSTS = 40;

    private final RemoteFollowing following;
    private final RemoteReactions reactions;
    private final FollowsImport imports;
    private final BlocksMutesImport moderationImports;
    private final AdminRenderer renderer;

    public FollowingAdminResource(
            RemoteFollowing following,
            RemoteReactions reactions,
            FollowsImport imports,
            BlocksMutesImport moderationImports,
            AdminRenderer renderer) {
        this.following = following;
        this.reactions = reactions;
        this.imports = imports;
        this.moderationImports = moderationImports;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("followed") String followed,
            @QueryParam("unfollowed") String unfollowed,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        String notice = followed != null
                ? "Follow request sent to " + followed + "."
                : unfollowed != null ? "You no longer follow " + unfollowed + "." : null;
        return page(200, me, "", Map.of(), notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response follow(
            @FormParam("target") String target, @FormParam("as") String as, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        boolean blog = asBlog(me, as);
        try {
            RemoteFollowing.Followed f =
                    blog ? following.followAsBlog(target) : following.follow(me.accountId(), target);
            return Response.seeOther(URI.create("/admin/following?followed=" + encode(f.handle())))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, me, target, e.fieldErrors(), null, null, Map.of("followAs", blog ? "blog" : "me"));
        } catch (ServiceException e) {
            return page(
                    e.status(), me, target, Map.of(), null, e.getMessage(), Map.of("followAs", blog ? "blog" : "me"));
        }
    }

    @POST
    @Path("unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response unfollow(
            @FormParam("actor") String actor, @FormParam("as") String as, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        boolean blog = asBlog(me, as);
        if (actor == null || actor.isBlank()) {
            return page(422, me, "", Map.of(), null, "Choose an account to unfollow.");
        }
        if (blog) {
            following.unfollowAsBlog(actor);
        } else {
            following.unfollow(me.accountId(), actor);
        }
        return Response.seeOther(URI.create("/admin/following?unfollowed=" + encode(actor)))
                .build();
    }

    /**
     * Switches "notify me of new posts" for one account the author follows, through the same
     * service as the API's {@code notify}: each new post of it then becomes a notification.
     */
    @POST
    @Path("notify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response notify(
            @FormParam("actor") String actor,
            @FormParam("notify") String on,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (actor == null || actor.isBlank() || !("true".equals(on) || "false".equals(on))) {
            return page(422, me, "", Map.of(), null, "Choose an account and whether to be notified.");
        }
        boolean follows = following.following(me.accountId()).stream()
                .anyMatch(f -> f.actorUri().equals(actor));
        if (!follows) {
            return page(404, me, "", Map.of(), null, "You do not follow this account.");
        }
        following.setNotify(me.accountId(), actor, Boolean.parseBoolean(on));
        return Response.seeOther(URI.create("/admin/following")).build();
    }

    /**
     * Whether the form asks to act as the blog's actor ({@code as=blog}), which only an admin may:
     * every author reads what the blog follows.
     */
    private static boolean asBlog(SignedIn me, String as) {
        if (!"blog".equals(as)) {
            return false;
        }
        if (!me.admin()) {
            throw ServiceException.forbidden("Only an admin can follow as the blog");
        }
        return true;
    }

    /** Mastodon's follows export: each account followed, the bad lines listed on the page. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces("text/html")
    public Response importFollows(@FormDataParam("file") InputStream file, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            FollowsImport.Report report = imports.importFollows(me.accountId(), file);
            Map<String, Object> extra = Map.of("importProblems", report.problems());
            String notice =
                    "Follow requests sent: " + report.followed() + ". Already followed: " + report.alreadyFollowed()
                            + ". Not followed: " + report.problems().size() + ".";
            return page(200, me, "", Map.of(), notice, null, extra);
        } catch (InvalidInputException e) {
            return page(422, me, "", e.fieldErrors(), null, null);
        }
    }

    /** Mastodon's blocks or mutes export: checked whole first, then each account blocked or muted. */
    @POST
    @Path("import/{kind: blocks|mutes}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces("text/html")
    public Response importBlocksOrMutes(
            @PathParam("kind") String kind,
            @FormDataParam("file") InputStream file,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        boolean blocks = kind.equals("blocks");
        String field = kind + "File";
        try {
            BlocksMutesImport.Report report = blocks
                    ? moderationImports.importBlocks(me.admin(), file)
                    : moderationImports.importMutes(me.accountId(), file);
            String notice = (blocks ? "Blocked: " : "Muted: ") + report.done() + ". Already "
                    + (blocks ? "blocked: " : "muted: ") + report.already() + ". Not imported: "
                    + report.problems().size() + ".";
            return page(200, me, "", Map.of(), notice, null, Map.of(kind + "Problems", report.problems()));
        } catch (InvalidInputException e) {
            return page(
                    422, me, "", Map.of(field, String.join(" ", e.fieldErrors().values())), null, null);
        } catch (ServiceException e) {
            return page(e.status(), me, "", Map.of(field, e.getMessage()), null, null);
        }
    }

    /** Like, unlike, boost or unboost a post of the reader (its uri in {@code post}). */
    @POST
    @Path("{action: like|unlike|boost|unboost}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response react(
            @PathParam("action") String action,
            @FormParam("post") String post,
            @Context ContainerRequestContext request) {
        RemoteReactions.Kind kind = action.endsWith("like") ? RemoteReactions.Kind.LIKE : RemoteReactions.Kind.BOOST;
        return react(request, post, kind, !action.startsWith("un"));
    }

    /** Always as the signed-in author's own actor; back to the reader, at the post. */
    private Response react(ContainerRequestContext request, String post, RemoteReactions.Kind kind, boolean on) {
        SignedIn me = Auth.require(request);
        try {
            if (on) {
                reactions.react(me.accountId(), post, kind);
            } else {
                reactions.undo(me.accountId(), post, kind);
            }
        } catch (ServiceException e) {
            return page(e.status(), me, "", Map.of(), null, e.getMessage());
        }
        return Response.seeOther(URI.create("/admin/following#recent-posts")).build();
    }

    private Response page(
            int status, SignedIn me, String target, Map<String, String> errors, String notice, String problem) {
        return page(status, me, target, errors, notice, problem, Map.of());
    }

    private Response page(
            int status,
            SignedIn me,
            String target,
            Map<String, String> errors,
            String notice,
            String problem,
            Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("following", following.following(me.accountId()));
        model.put("blogFollowing", me.admin() ? following.blogFollowing() : List.of());
        List<RemoteFollowing.ReceivedPost> posts = following.recentPosts(me.accountId(), RECENT_POSTS);
        model.put("posts", posts);
        Map<String, Set<RemoteReactions.Kind>> sent = reactions.sent(
                me.accountId(),
                posts.stream().map(RemoteFollowing.ReceivedPost::uri).toList());
        model.put("liked", withKind(sent, RemoteReactions.Kind.LIKE));
        model.put("boosted", withKind(sent, RemoteReactions.Kind.BOOST));
        model.put("target", target == null ? "" : target);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("problem", problem);
        return renderer.render(status, "following", "Following", me, model);
    }

    private static Set<String> withKind(Map<String, Set<RemoteReactions.Kind>> sent, RemoteReactions.Kind kind) {
        return sent.entrySet().stream()
                .filter(e -> e.getValue().contains(kind))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
