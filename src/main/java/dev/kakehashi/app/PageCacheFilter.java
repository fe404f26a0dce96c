package dev.kakehashi.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serves anonymous GETs from the {@link PageCache} and keeps what the application itself declares
 * cacheable by a shared cache ({@code Cache-Control} public or with a lifetime, not private; a 200
 * that sets no cookie and varies on Accept at most), as a reverse proxy would, except that a change
 * empties the cache at once. A request with a cookie or credentials always goes through: what it sees
 * may be its own. A request with an HTTP signature (a peer fetching an actor or a post) is answered
 * from the cache too: only an answer marked public is kept, and an answer that depends on who signed
 * (a followers-only post) is marked private, so it is neither kept nor served from a kept one.
 * {@code X-Kakehashi-Cache} says {@code hit} or {@code miss}.
 */
final class PageCacheFilter extends HttpFilter {
    static final String STATUS_HEADER = "X-Kakehashi-Cache";
    /** Surfaces that are never anonymous pages, or are files served cheaply already. */
    private static final List<String> PASS = List.of(
            "/api/",
            "/admin",
            "/media/",
            "/theme/",
            "/oauth",
            "/inbox",
            "/metrics",
            "/health",
            "/setup",
            "/login",
            "/logout");
    /**
     * Headers a kept answer never replays: they belong to one response, or to one connection (RFC 9110
     * 7.6.1). A page larger than Tomcat's buffer went out chunked; replaying {@code Transfer-Encoding}
     * next to the kept {@code Content-Length} made an answer strict clients (wrk, proxies) reject.
     */
    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "content-type",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "upgrade",
            STATUS_HEADER.toLowerCase(Locale.ROOT));
    /** What a kept answer may vary on: the key holds Accept; Accept-Encoding is Tomcat's own. */
    private static final Set<String> VARY_OK = Set.of("accept", "accept-encoding", "cookie");

    private final transient PageCache cache;
    private final transient Supplier<String> theme;

    /** @param theme the active theme's id, part of every key */
    PageCacheFilter(PageCache cache, Supplier<String> theme) {
        this.cache = cache;
        this.theme = theme;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!anonymousRead(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String key =
                req.getRequestURI() + '?' + req.getQueryString() + '\n' + req.getHeader("Accept") + '\n' + theme.get();
        PageCache.Entry hit = cache.get(key);
        if (hit != null) {
            replay(hit, req, resp);
            return;
        }
        long generation = cache.generation();
        resp.setHeader(STATUS_HEADER, "miss");
        PageCapture capture = new PageCapture(resp, PageCache.MAX_ENTRY_BYTES);
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        if (body != null && !req.isAsyncStarted() && keepable(resp)) {
            cache.put(
                    key,
                    new PageCache.Entry(
                            generation, resp.getContentType(), headers(resp), body, resp.getHeader("ETag")));
        }
    }

    private static boolean anonymousRead(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod())
                || req.getHeader("Cookie") != null
                || req.getHeader("Authorization") != null) {
            return false;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return PASS.stream().noneMatch(path::startsWith);
    }

    /** A 200 the application marked public, that sets no cookie and varies on nothing the key lacks. */
    private static boolean keepable(HttpServletResponse resp) {
        if (resp.getStatus() != 200 || resp.containsHeader("Set-Cookie")) {
            return false;
        }
        // What a shared cache may store (RFC 9111 3): public, or an explicit lifetime, and not private.
        String cacheControl = resp.getHeader("Cache-Control");
        Set<String> cc = cacheControl == null ? Set.of() : directives(cacheControl);
        if (cc.contains("private") || cc.contains("no-store") || cc.contains("no-cache")) {
            return false;
        }
        if (!(cc.contains("public") || cc.contains("max-age") || cc.contains("s-maxage"))) {
            return false;
        }
        String vary = resp.getHeader("Vary");
        return vary == null || VARY_OK.containsAll(directives(vary));
    }

    private static Set<String> directives(String header) {
        Set<String> names = new java.util.HashSet<>();
        for (String part : header.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            int eq = name.indexOf('=');
            names.add(eq < 0 ? name : name.substring(0, eq));
        }
        return names;
    }

    private static Map<String, List<String>> headers(HttpServletResponse resp) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : resp.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(new ArrayList<>(resp.getHeaders(name))));
            }
        }
        return Map.copyOf(kept);
    }

    private static void replay(PageCache.Entry hit, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        hit.headers().forEach((name, values) -> {
            resp.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(v -> resp.addHeader(name, v));
        });
        resp.setHeader(STATUS_HEADER, "hit");
        if (hit.etag() != null && ConditionalGetFilter.matches(req.getHeader("If-None-Match"), hit.etag())) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        if (hit.contentType() != null) {
            resp.setContentType(hit.contentType());
        }
        resp.setContentLength(hit.body().length);
        resp.getOutputStream().write(hit.body());
    }
}
