package dev.kakehashi.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side defences, on every answer (pages, admin, feeds, media, error pages): a
 * Content-Security-Policy that allows scripts and styles only from our own files (themes and the
 * admin keep none inline), no framing, no MIME sniffing, and no full URL in the Referer sent
 * elsewhere. Images may come from anywhere over http(s): avatars and comment pictures are remote.
 */
public final class SecurityHeadersFilter extends HttpFilter {
    /** {@code form-action} is left out on purpose: following from {@code /follow} redirects to the reader's server. */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' https: http: data:",
            "media-src 'self' https: http:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // Set before the chain runs, so answers written by filters, Jersey or Tomcat's error pages carry them.
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(req, resp);
    }
}
