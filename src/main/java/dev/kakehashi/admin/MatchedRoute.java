package dev.kakehashi.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The route Jersey matched, as its templates joined outermost first ({@code /admin/posts/{id}}), never
 * the raw path: {@code /admin;x/authors} and {@code //admin} reach the same resource as {@code
 * /admin/authors}, so every check keyed on a path must look at this.
 */
public final class MatchedRoute {
    private MatchedRoute() {}

    /** The matched route, or the empty string before matching or when nothing matched. */
    public static String of(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
            throw new IllegalStateException("Jersey's ExtendedUriInfo expected");
        }
        StringBuilder route = new StringBuilder();
        for (UriTemplate t : info.getMatchedTemplates()) {
            String part = t.getTemplate();
            route.insert(0, part.startsWith("/") ? part : "/" + part);
        }
        String joined = route.toString().replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Whether the matched route is {@code prefix} itself or below it ({@code /admin}, {@code /admin/...}). */
    public static boolean isUnder(String route, String prefix) {
        return route.equals(prefix) || route.startsWith(prefix + "/");
    }
}
