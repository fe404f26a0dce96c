package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Finds the CSRF token where a form, a multipart form or a script puts it, and checks it. */
final class CsrfCheck {
    private CsrfCheck() {}

    static boolean matches(ContainerRequestContext request, AuthService.SignedIn who) {
        String header = request.getHeaderString("X-CSRF-Token");
        if (header != null) {
            return AuthService.csrfMatches(who, header);
        }
        String query = request.getUriInfo().getQueryParameters().getFirst(Auth.CSRF_FIELD);
        if (query != null) {
            return AuthService.csrfMatches(who, query);
        }
        return AuthService.csrfMatches(who, FormBodies.field(request, Auth.CSRF_FIELD));
    }
}
