package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.signin.PasskeyAnswer;
import dev.kakehashi.service.signin.PasskeyService;
import dev.kakehashi.service.signin.SecondStepService;
import dev.kakehashi.service.signin.SecondStepService.Pending;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The second step of signing in ({@code /login/2fa}): a code from the app, a recovery code or a
 * passkey. Only a browser holding a session from a correct password gets here; the session it
 * leaves with is a new one.
 */
@Path("/login/2fa")
public final class SecondStepResource {
    private final SecondStepService secondStep;
    private final PasskeyService passkeys;
    private final AdminRenderer renderer;
    private final SignInCookies cookies;

    public SecondStepResource(
            SecondStepService secondStep, PasskeyService passkeys, AdminRenderer renderer, boolean secureCookies) {
        this.secondStep = secondStep;
        this.passkeys = passkeys;
        this.renderer = renderer;
        this.cookies = new SignInCookies(secureCookies);
    }

    @GET
    @Produces("text/html")
    public Response form(@QueryParam("next") String next, @Context HttpHeaders headers) {
        return pending(headers).map(p -> page(200, p, next, null)).orElseGet(() -> backToLogin(next));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response code(
            @FormParam("code") String code,
            @FormParam("next") String next,
            @FormParam(Auth.CSRF_FIELD) String csrf,
            @Context HttpHeaders headers,
            @Context HttpServletRequest http) {
        Pending p = pending(headers).orElse(null);
        if (p == null) {
            return backToLogin(next);
        }
        if (!csrfMatches(p, csrf)) {
            return page(403, p, next, "The form has expired. Reload the page and try again.");
        }
        try {
            SecondStepService.SignedIn done = secondStep.withCode(p, code, SecondStepGate.deviceCookie(http));
            return Response.seeOther(URI.create(LoginResource.safeNext(next)))
                    .cookie(cookies.session(done.session()), cookies.device(done.deviceToken()))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, p, next, "Type the 6-digit code from your app or one of your recovery codes.");
        } catch (ServiceException e) {
            return page(e.status(), p, next, e.getMessage());
        }
    }

    /** A passkey challenge for this sign-in (JSON); the page's script asks for it. */
    @POST
    @Path("passkey/options")
    @Produces(MediaType.APPLICATION_JSON)
    public Response passkeyOptions(@HeaderParam("X-CSRF-Token") String csrf, @Context HttpHeaders headers) {
        Pending p = pending(headers).filter(x -> csrfMatches(x, csrf)).orElse(null);
        if (p == null) {
            return Response.status(401).entity(Map.of("error", "Log in again")).build();
        }
        return Response.ok(passkeys.signInOptions(p)).build();
    }

    /** The passkey's answer (JSON); signs in and says where to go next. */
    @POST
    @Path("passkey")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response passkey(
            PasskeyAnswer answer,
            @QueryParam("next") String next,
            @HeaderParam("X-CSRF-Token") String csrf,
            @Context HttpHeaders headers,
            @Context HttpServletRequest http) {
        Pending p = pending(headers).filter(x -> csrfMatches(x, csrf)).orElse(null);
        if (p == null || answer == null) {
            return Response.status(401).entity(Map.of("error", "Log in again")).build();
        }
        try {
            SecondStepService.SignedIn done =
                    secondStep.withPasskey(p, passkeys, answer, SecondStepGate.deviceCookie(http));
            return Response.ok(Map.of("next", LoginResource.safeNext(next)))
                    .cookie(cookies.session(done.session()), cookies.device(done.deviceToken()))
                    .build();
        } catch (ServiceException e) {
            return Response.status(e.status())
                    .entity(Map.of("error", e.getMessage()))
                    .build();
        }
    }

    private java.util.Optional<Pending> pending(HttpHeaders headers) {
        Cookie c = headers.getCookies().get(Auth.COOKIE);
        return c == null ? java.util.Optional.empty() : secondStep.pending(c.getValue());
    }

    private static boolean csrfMatches(Pending p, String submitted) {
        return AuthService.csrfMatches(
                new AuthService.SignedIn(p.accountId(), p.username(), false, p.csrfToken(), ""), submitted);
    }

    private static Response backToLogin(String next) {
        return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromUri("/login")
                        .queryParam("next", LoginResource.safeNext(next))
                        .build())
                .build();
    }

    private Response page(int status, Pending p, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", LoginResource.safeNext(next));
        model.put("error", error);
        model.put("totp", p.totp());
        model.put("pendingCsrf", p.csrfToken());
        return renderer.render(status, "login-2fa", "Second step", null, model);
    }
}
