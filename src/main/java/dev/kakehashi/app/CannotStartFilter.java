package dev.kakehashi.app;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What every path serves when start-up failed: a plain page that says so and where the reason is
 * logged, instead of Tomcat's bare 404. It names no setting value (a database URL may hold a
 * password): the log line does that for the server's owner.
 */
final class CannotStartFilter implements Filter {
    static final String PAGE =
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>Kakehashi could not start</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>Kakehashi could not start</h1>
            <p>The blog is not running because of a problem in its settings or with its database.</p>
            <p>The reason is in the server's log: Tomcat's <code>logs/catalina.out</code>, or
            <code>journalctl -u tomcat10</code> under systemd, on the line that starts with
            <code>Kakehashi cannot start:</code>. Fix what it names, then restart Tomcat.</p>
            </body></html>
            """;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        http.setContentType("text/html;charset=utf-8");
        http.setHeader("Cache-Control", "no-store");
        http.setHeader("Retry-After", "60");
        http.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
