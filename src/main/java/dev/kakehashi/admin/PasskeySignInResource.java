package dev.kakehashi.admin;

import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.signin.PasskeyAnswer;
import dev.kakehashi.service.signin.PasskeyService;
import dev.kakehashi.service.signin.SecondStepService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * "Sign in with a passkey" on the login page ({@code /login/passkey}): no username, no password,
 * a discoverable passkey with user verification. The page's script sends the login form's CSRF
 * token as {@code X-CSRF-Token}, checked against its SameSite=Strict cookie like the form itself.
 */
@Path("/login/passkey")
public final class PasskeySignInResource {
    private final SecondStepService secondStep;
    private final PasskeyService passkeys;
    private final SignInCookies cookies;

    public PasskeySignInResource(SecondStepService secondStep, PasskeyService passkeys, boolean secureCookies) {
        this.secondStep = secondStep;
        this.passkeys = passkeys;
        this.cookies = new SignInCookies(secureCookies);
    }

    /** A challenge (JSON) for the browser's discoverable passkeys. */
    @POST
    @Path("options")
    @Produces(MediaType.APPLICATION_JSON)
    public Response options(
            @HeaderParam("X-CSRF-Token") String csrf, @CookieParam(LoginCsrf.COOKIE) String csrfCookie) {
        if (!LoginCsrf.matches(csrfCookie, csrf)) {
            return expired();
        }
        try {
            return Response.ok(passkeys.passwordlessOptions()).build();
        } catch (ServiceException e) {
            return error(e);
        }
    }

    /** The passkey's answer (JSON); signs in and says where to go next. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(
            PasskeyAnswer answer,
            @QueryParam("next") String next,
            @HeaderParam("X-CSRF-Token") String csrf,
            @CookieParam(LoginCsrf.COOKIE) String csrfCookie,
            @Context HttpServletRequest http) {
        if (!LoginCsrf.matches(csrfCookie, csrf)) {
            return expired();
        }
        if (answer == null) {
            return Response.status(400)
                    .entity(Map.of("error", "Send the passkey's answer as JSON."))
                    .build();
        }
        try {
            SecondStepService.SignedIn done = secondStep.withPasskeyAlone(
                    passkeys,
                    answer,
                    http.getHeader("User-Agent"),
                    http.getRemoteAddr(),
                    SecondStepGate.deviceCookie(http));
            return Response.ok(Map.of("next", LoginResource.safeNext(next)))
                    .cookie(cookies.session(done.session()), cookies.device(done.deviceToken()))
                    .build();
        } catch (ServiceException e) {
            return error(e);
        }
    }

    private static Response expired() {
        return Response.status(403)
                .entity(Map.of("error", "The login page has expired. Reload it and try again."))
                .build();
    }

    private static Response error(ServiceException e) {
        Response.ResponseBuilder r = Response.status(e.status()).entity(Map.of("error", e.getMessage()));
        if (e instanceof OverloadedException o) {
            r.header("Retry-After", o.retryAfterSeconds());
        }
        return r.build();
    }
}
