package dev.kakehashi.mastodon;

import dev.kakehashi.mastodon.json.MastodonTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mastodon's API rate limit (INTEROP B0.9): {@code limit} requests per window per token (or per
 * address without one), with {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} on
 * every answer, and 429 {@code {"error":"Too many requests"}} past it. The counts are per node: a
 * cluster behind a balancer allows up to that many per node, which is a brake, not a quota.
 */
public final class RateLimitFilter extends HttpFilter {
    /** Windows are dropped once this many keys are tracked, oldest first, so memory stays bounded. */
    private static final int MAX_KEYS = 10_000;

    private record Window(Instant start, int[] used) {}

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimitFilter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // A streaming connection is one long request, not a call to count (Mastodon's has no such limit).
        if (!request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/api/v1/streaming")
                || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window w = windows.compute(
                key(request),
                (k, old) -> old == null || !now.isBefore(old.start().plus(window)) ? new Window(now, new int[1]) : old);
        int used;
        synchronized (w) {
            used = ++w.used()[0];
        }
        response.setHeader("X-RateLimit-Limit", Integer.toString(limit));
        response.setHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)));
        response.setHeader("X-RateLimit-Reset", MastodonTime.datetime(w.start().plus(window)));
        if (used > limit) {
            response.setStatus(429);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write("{\"error\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A token counts for itself (its hash, never the token); otherwise the address. */
    private static String key(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.length() > 7 && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "t:"
                    + dev.kakehashi.service.AuthService.hash(auth.substring(7).strip());
        }
        return "ip:" + request.getRemoteAddr();
    }
}
