package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.InvalidInputException;
import dev.kakehashi.service.ServiceException;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The login form, logging in and logging out. */
@Path("/")
public final class LoginResource {
    private final AuthService auth;
    private final AdminRenderer renderer;
    private final boolean secureCookies;

    public LoginResource(AuthService auth, AdminRenderer renderer, boolean secureCookies) {
        this.auth = auth;
        this.renderer = renderer;
        this.secureCookies = secureCookies;
    }

    @GET
    @Path("login")
    @Produces("text/html")
    public Response form(@QueryParam("next") String next, @Context ContainerRequestContext request) {
        if (Auth.optional(request).isPresent()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return page(200, "", next, null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response login(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @Context HttpServletRequest http) {
        try {
            AuthService.NewSession session = auth.login(username, password, http.getRemoteAddr());
            return Response.seeOther(URI.create(safeNext(next)))
                    .cookie(sessionCookie(session, secureCookies))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, username, next, "Enter your username and password.");
        } catch (ServiceException e) {
            return page(e.status(), username, next, e.getMessage());
        }
    }

    @POST
    @Path("logout")
    public Response logout(@Context ContainerRequestContext request) {
        Auth.optional(request).ifPresent(auth::logout);
        NewCookie gone = new NewCookie.Builder(Auth.COOKIE)
                .value("")
                .path("/")
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(0)
                .build();
        return Response.seeOther(URI.create("/login")).cookie(gone).build();
    }

    /** The cookie that carries a new session (also set by the first-run set-up). */
    static NewCookie sessionCookie(AuthService.NewSession session, boolean secure) {
        return new NewCookie.Builder(Auth.COOKIE)
                .value(session.token())
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .expiry(Date.from(session.expiresAt()))
                .maxAge((int) AuthService.SESSION_LIFETIME.toSeconds())
                .build();
    }

    private Response page(int status, String username, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("next", safeNext(next));
        model.put("error", error);
        return renderer.render(status, "login", "Log in", null, model);
    }

    /** Only a local path: an open redirect would let others borrow the login page. */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.length() > 500) {
            return "/admin";
        }
        return next;
    }
}
