package dev.kakehashi.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * {@code GET /metrics} in Prometheus text format, for a scraper that sends {@code Authorization:
 * Bearer <KAKEHASHI_METRICS_TOKEN>}. Without a configured token it answers 404, as if absent. A
 * servlet rather than a resource, so it answers the same before the first-run set-up.
 */
final class MetricsServlet extends HttpServlet {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient Optional<PrometheusMeterRegistry> registry;
    private final byte[] expectedDigest;

    MetricsServlet(Optional<PrometheusMeterRegistry> registry, Optional<String> token) {
        this.registry = registry;
        this.expectedDigest = token.map(MetricsServlet::sha256).orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (registry.isEmpty() || expectedDigest == null) {
            plain(resp, 404, "Metrics are off. Set KAKEHASHI_METRICS_TOKEN to turn them on.");
            return;
        }
        if (!authorized(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            plain(resp, 401, "Send Authorization: Bearer <metrics token>.");
            return;
        }
        byte[] body = registry.get().scrape().getBytes(StandardCharsets.UTF_8);
        resp.setContentType(CONTENT_TYPE);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Compares digests of equal length in constant time, so timing reveals nothing of the token. */
    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, sha256(header.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
