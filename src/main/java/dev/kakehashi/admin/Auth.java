package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/** Who is logged in for this request, as {@link SessionFilter} found it. */
public final class Auth {
    static final String PROPERTY = dev.kakehashi.service.AuthService.SIGNED_IN;
    public static final String COOKIE = "kakehashi_session";
    public static final String CSRF_FIELD = "_csrf";

    private Auth() {}

    public static Optional<SignedIn> optional(ContainerRequestContext request) {
        return Optional.ofNullable((SignedIn) request.getProperty(PROPERTY));
    }

    /** The signed-in user; the admin guard has already sent everyone else to the login page. */
    public static SignedIn require(ContainerRequestContext request) {
        return optional(request)
                .orElseThrow(() -> dev.kakehashi.service.error.ServiceException.unauthorized("Log in first"));
    }
}
