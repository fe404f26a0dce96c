package dev.kakehashi.admin;

import dev.kakehashi.domain.Role;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Ids;
import dev.kakehashi.service.Links;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Admins list the blog's authors, add one, and change roles. */
@Path("/admin/authors")
public final class AuthorsAdminResource {
    private final AccountService accounts;
    private final AdminRenderer renderer;
    private final Links links;

    public AuthorsAdminResource(AccountService accounts, AdminRenderer renderer, Links links) {
        this.accounts = accounts;
        this.renderer = renderer;
        this.links = links;
    }

    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("added") String added,
            @QueryParam("changed") String changed,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        String notice = added != null ? "Author added." : changed != null ? "Role changed." : null;
        return page(200, me, Map.of("role", "author"), Map.of(), notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response add(
            @FormParam("username") String username,
            @FormParam("email") String email,
            @FormParam("displayName") String displayName,
            @FormParam("password") String password,
            @FormParam("role") String role,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        try {
            accounts.create(me.accountId(), username, email, displayName, password, parseRole(role));
            return Response.seeOther(URI.create("/admin/authors?added=1")).build();
        } catch (InvalidInputException e) {
            Map<String, String> values = new HashMap<>();
            values.put("username", username == null ? "" : username);
            values.put("email", email == null ? "" : email);
            values.put("displayName", displayName == null ? "" : displayName);
            values.put("role", role == null ? "author" : role);
            return page(422, me, values, e.fieldErrors(), null, null);
        }
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response changeRole(
            @PathParam("id") String id, @FormParam("role") String role, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        Role r;
        try {
            r = parseRole(role);
            if (r == null) {
                throw InvalidInputException.of("role", "Choose admin or author");
            }
        } catch (InvalidInputException e) {
            return page(422, me, Map.of("role", "author"), Map.of(), null, "Choose admin or author.");
        }
        try {
            accounts.changeRole(me.accountId(), Ids.parse(id, "Account"), r);
            return Response.seeOther(URI.create("/admin/authors?changed=1")).build();
        } catch (ServiceException e) {
            if (e.status() != 409) {
                throw e;
            }
            return page(409, me, Map.of("role", "author"), Map.of(), null, e.getMessage() + ".");
        }
    }

    private Response page(
            int status,
            SignedIn me,
            Map<String, String> values,
            Map<String, String> errors,
            String notice,
            String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("authors", accounts.all(a -> AuthorAdminView.of(a, me.accountId(), links.author(a.username()))));
        model.put("form", values);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("problem", problem);
        return renderer.render(status, "authors", "Authors", me, model);
    }

    /** Null when absent, so the service reports "Role is required" with the other fields. */
    private static Role parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role", "Choose admin or author");
        }
    }
}
