package dev.kakehashi.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 400 to a query string with a broken {@code %} escape ({@code ?resource=%}) before Jersey
 * sees it: Jersey's servlet layer fails on one with a {@code StringIndexOutOfBoundsException}, out of
 * reach of the exception mapper.
 */
public final class MalformedQueryFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (brokenEscape(req.getQueryString())) {
            resp.setStatus(400);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write("The query string has a % that is not followed by two hexadecimal digits.");
            return;
        }
        chain.doFilter(req, resp);
    }

    static boolean brokenEscape(String query) {
        if (query == null) {
            return false;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || !hex(query.charAt(i + 1)) || !hex(query.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
