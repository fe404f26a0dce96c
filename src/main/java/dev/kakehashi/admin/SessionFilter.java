package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;

/** Resolves the session cookie, if any, into the signed-in user of the request. */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class SessionFilter implements ContainerRequestFilter {
    private final AuthService auth;

    public SessionFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Auth.COOKIE);
        if (cookie != null) {
            auth.resolve(cookie.getValue()).ifPresent(who -> request.setProperty(Auth.PROPERTY, who));
        }
    }
}
