package dev.kakehashi.mastodon;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS as Mastodon answers it (INTEROP B0.3): any origin, no credentials, on the API, the token
 * endpoints and the discovery documents; the API exposes {@code Link} and the rate-limit headers
 * so browser clients can page. A preflight is answered here, before any authentication.
 */
public final class CorsFilter extends HttpFilter {
    static final String EXPOSED =
            "Link, X-RateLimit-Reset, X-RateLimit-Limit, X-RateLimit-Remaining, X-Request-Id, Mastodon-Async-Refresh";
    static final String API_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        boolean api = path.startsWith("/api/");
        if (!api && !isOpenOutsideApi(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (api) {
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", api ? API_METHODS : "GET, POST, OPTIONS");
            String asked = request.getHeader("Access-Control-Request-Headers");
            if (asked != null && asked.length() < 1000) {
                response.setHeader("Access-Control-Allow-Headers", asked);
            }
            response.setHeader("Access-Control-Max-Age", "7200");
            response.addHeader("Vary", "Access-Control-Request-Headers");
            response.setStatus(200);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpenOutsideApi(String path) {
        return path.equals("/oauth/token")
                || path.equals("/oauth/revoke")
                || path.equals("/oauth/userinfo")
                || path.startsWith("/.well-known/")
                || path.startsWith("/nodeinfo/");
    }
}
