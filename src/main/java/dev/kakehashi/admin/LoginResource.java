package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The login form, logging in and logging out. */
@Path("/")
public final class LoginResource {
    private final AuthService auth;
    private final AdminRenderer renderer;
    private final boolean secureCookies;
    private final SecondStepGate secondStep;

    public LoginResource(AuthService auth, AdminRenderer renderer, boolean secureCookies, SecondStepGate secondStep) {
        this.auth = auth;
        this.renderer = renderer;
        this.secureCookies = secureCookies;
        this.secondStep = secondStep;
    }

    @GET
    @Path("login")
    @Produces("text/html")
    public Response form(
            @QueryParam("next") String next,
            @CookieParam(LoginCsrf.COOKIE) String csrfCookie,
            @Context ContainerRequestContext request) {
        if (Auth.optional(request).isPresent()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return page(200, "", next, null, csrfCookie);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response login(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @FormParam(Auth.CSRF_FIELD) String csrfField,
            @CookieParam(LoginCsrf.COOKIE) String csrfCookie,
            @Context HttpServletRequest http) {
        if (!LoginCsrf.matches(csrfCookie, csrfField)) {
            return page(
                    403,
                    username,
                    next,
                    "The login form had expired or did not come from this site. Please log in again.",
                    null);
        }
        try {
            AuthService.NewSession session = auth.login(username, password, http.getRemoteAddr());
            return secondStep.afterPassword(session, safeNext(next), http);
        } catch (InvalidInputException e) {
            return page(422, username, next, "Enter your username and password.", csrfCookie);
        } catch (OverloadedException e) {
            return Response.fromResponse(page(503, username, next, e.getMessage(), csrfCookie))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (ServiceException e) {
            return page(e.status(), username, next, e.getMessage(), csrfCookie);
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

    private Response page(int status, String username, String next, String error, String csrfCookie) {
        String csrf = LoginCsrf.tokenFor(csrfCookie);
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("next", safeNext(next));
        model.put("error", error);
        model.put("loginCsrf", csrf);
        Response page = renderer.render(status, "login", "Log in", null, model);
        if (csrf.equals(csrfCookie)) {
            return page; // the browser keeps the token it has
        }
        return Response.fromResponse(page)
                .cookie(LoginCsrf.cookie(csrf, secureCookies))
                .build();
    }

    /** Printable ASCII that a path and query may hold as they are; anything else is refused. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]{0,499}");

    /**
     * Only a local path: an open redirect would let others borrow the login page. Control
     * characters, spaces and non-ASCII are refused rather than encoded, so nothing odd reaches a
     * header or a log.
     */
    static String safeNext(String next) {
        if (next == null || !LOCAL_PATH.matcher(next).matches() || next.startsWith("//")) {
            return "/admin";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/admin";
        } catch (URISyntaxException e) {
            return "/admin";
        }
    }
}
