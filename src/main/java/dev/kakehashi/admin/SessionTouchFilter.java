package dev.kakehashi.admin;

import dev.kakehashi.service.signin.SessionService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Notes when a signed-in session was last used, for the sessions list (at most once a minute). */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public final class SessionTouchFilter implements ContainerRequestFilter {
    private final SessionService sessions;

    public SessionTouchFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Auth.optional(request).ifPresent(who -> sessions.touch(who.tokenHash()));
    }
}
