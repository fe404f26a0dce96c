package dev.kakehashi.app;

import dev.kakehashi.admin.MatchedRoute;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Conditional GET for everything readers and peers fetch again and again (pages, feeds, actor and
 * object JSON, WebFinger, NodeInfo): the ETag is a digest of the very bytes answered, so it changes
 * with any change and can never be stale; a matching {@code If-None-Match} gets a 304 without a
 * body. Admin, set-up and log-in answers are never stored by anyone ({@code no-store}).
 */
public final class ConditionalGetFilter implements ContainerResponseFilter {
    private static final List<String> PRIVATE = List.of("/admin", "/setup", "/login", "/logout", "/health");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // The matched route, not the raw path: /admin;x/posts is an admin page too.
        String route = MatchedRoute.of(request);
        if (PRIVATE.stream().anyMatch(prefix -> MatchedRoute.isUnder(route, prefix))) {
            if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store, private");
            }
            return;
        }
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !(response.getEntity() instanceof String body)) {
            return;
        }
        // Weak: Tomcat may compress the bytes on the way out, and the tag must survive that.
        String etag = "W/\"" + digest(body) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/} prefixes are ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
