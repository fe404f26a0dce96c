package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.BlockAdmin;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Admins block remote actors and whole domains, and lift blocks. */
@Path("/admin/blocks")
public final class BlocksAdminResource {
    private final BlockAdmin blocks;
    private final AdminRenderer renderer;

    public BlocksAdminResource(BlockAdmin blocks, AdminRenderer renderer) {
        this.blocks = blocks;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("blocked") String blocked,
            @QueryParam("lifted") String lifted,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        String notice = blocked != null ? blocked : lifted != null ? "Block lifted." : null;
        return page(200, me, Map.of(), Map.of(), notice, null);
    }

    @POST
    @Path("actor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response blockActor(
            @FormParam("actor") String actor,
            @FormParam("reason") String reason,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        Map<String, String> typed = Map.of("actor", nz(actor), "actorReason", nz(reason));
        try {
            return done(blocks.blockActor(actor, reason));
        } catch (InvalidInputException e) {
            return page(422, me, typed, e.fieldErrors(), null, null);
        } catch (ServiceException e) {
            return page(e.status(), me, typed, Map.of(), null, e.getMessage());
        }
    }

    @POST
    @Path("domain")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response blockDomain(
            @FormParam("domain") String domain,
            @FormParam("reason") String reason,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        Map<String, String> typed = Map.of("domain", nz(domain), "domainReason", nz(reason));
        try {
            return done(blocks.blockDomain(domain, reason));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>(e.fieldErrors());
            if (errors.containsKey("reason")) {
                errors.put("domainReason", errors.remove("reason"));
            }
            return page(422, me, typed, errors, null, null);
        } catch (ServiceException e) {
            return page(e.status(), me, typed, Map.of(), null, e.getMessage());
        }
    }

    @POST
    @Path("{id}/lift")
    @Produces("text/html")
    public Response lift(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SettingsAdminResource.requireAdmin(request);
        long blockId;
        try {
            blockId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Block");
        }
        blocks.lift(blockId);
        return Response.seeOther(URI.create("/admin/blocks?lifted=1")).build();
    }

    private static Response done(BlockAdmin.Effect e) {
        String notice = "Blocked " + e.target() + ": " + e.followersRemoved() + " follower(s) removed, "
                + e.commentsHidden() + " comment(s) hidden, " + e.deliveriesCancelled() + " delivery(ies) cancelled.";
        return Response.seeOther(
                        URI.create("/admin/blocks?blocked=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)))
                .build();
    }

    private Response page(
            int status,
            SignedIn me,
            Map<String, String> typed,
            Map<String, String> errors,
            String notice,
            String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("blocks", blocks.list());
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("problem", problem);
        return renderer.render(status, "blocks", "Blocks", me, model);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
