package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.signin.SecondStepService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Arrays;

/**
 * Where a correct password leads: straight to {@code next}, or, for an account with a second
 * factor, to {@code /login/2fa} with a session that signs nobody in until that step is done. Any
 * first step (the login form, the OAuth consent login) ends here.
 */
public final class SecondStepGate {
    private final SecondStepService secondStep;
    private final SignInCookies cookies;

    public SecondStepGate(SecondStepService secondStep, boolean secureCookies) {
        this.secondStep = secondStep;
        this.cookies = new SignInCookies(secureCookies);
    }

    /** @param next a local path already checked by the caller */
    public Response afterPassword(AuthService.NewSession session, String next, HttpServletRequest http) {
        NewCookie sessionCookie = cookies.session(session);
        SecondStepService.AfterPassword after = secondStep.afterPassword(
                session.token(), http.getHeader("User-Agent"), http.getRemoteAddr(), deviceCookie(http));
        if (after.secondFactorDue()) {
            URI step = UriBuilder.fromUri("/login/2fa").queryParam("next", next).build();
            return Response.seeOther(step).cookie(sessionCookie).build();
        }
        return Response.seeOther(URI.create(next))
                .cookie(sessionCookie, cookies.device(after.deviceToken()))
                .build();
    }

    static String deviceCookie(HttpServletRequest http) {
        Cookie[] all = http.getCookies();
        return all == null
                ? null
                : Arrays.stream(all)
                        .filter(c -> SignInCookies.DEVICE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
