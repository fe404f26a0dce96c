package dev.kakehashi.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Times every request (Jersey resources, images, theme files, metrics) as {@code
 * http.server.requests}, labelled with few values: the route template, never the raw path; the
 * status; the method, with unknown ones folded into {@code OTHER}.
 */
final class HttpMetricsFilter extends HttpFilter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final transient MeterRegistry registry;

    HttpMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        Timer.Sample sample = Timer.start(registry);
        int status = 500;
        try {
            RequestConnections.serving(() -> chain.doFilter(req, resp));
            status = resp.getStatus();
        } finally {
            sample.stop(Timer.builder(Metrics.HTTP_REQUESTS)
                    .description("HTTP requests by route, method and status")
                    .tag("method", METHODS.contains(req.getMethod()) ? req.getMethod() : "OTHER")
                    .tag("uri", route(req, status))
                    .tag("status", Integer.toString(status))
                    .tag("outcome", outcome(status))
                    .register(registry));
        }
    }

    static String route(HttpServletRequest req, int status) {
        Object jersey = req.getAttribute(RouteTemplate.ATTRIBUTE);
        if (jersey instanceof String template) {
            return template;
        }
        String servlet = req.getServletPath();
        if (servlet.equals("/media") || servlet.equals("/theme")) {
            return servlet + (status == 404 ? "/NOT_FOUND" : "/{file}");
        }
        if (servlet.equals("/metrics") || servlet.equals("/assets")) {
            return servlet;
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        return status >= 300 && status < 400 ? "REDIRECTION" : "UNMATCHED";
    }

    private static String outcome(int status) {
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
