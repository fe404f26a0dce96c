package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.mastodon.auth.BearerTokenFilter;
import dev.kakehashi.service.oauth.OAuthGrants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

/**
 * Authenticates streaming connections before the WebSocket upgrade or the event stream starts:
 * the token from {@code Authorization: Bearer}, {@code ?access_token=} or
 * {@code Sec-WebSocket-Protocol} (INTEROP B11). Without a valid one: 401 {@code {"error":...}}, and
 * no upgrade. With one, the caller becomes the request's principal. Mastodon requires a token for
 * every stream by default; so does Kakehashi. {@code /health} needs none.
 */
public final class StreamingAuthFilter extends HttpFilter {
    private final OAuthGrants grants;

    public StreamingAuthFilter(OAuthGrants grants) {
        this.grants = grants;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("OPTIONS".equals(request.getMethod()) || path.equals(StreamingHandshake.PATH + "/health")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<OAuthToken> token = token(request).flatMap(grants::resolve);
        if (token.isEmpty()) {
            response.setStatus(401);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            String body = "{\"error\":\"" + BearerTokenFilter.INVALID_TOKEN + "\"}";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        OAuthToken t = token.get();
        StreamingCaller caller = new StreamingCaller(t.appId(), t.accountId(), t.scopes());
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public Principal getUserPrincipal() {
                        return caller;
                    }
                },
                response);
    }

    static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        String query = request.getParameter("access_token");
        if (query != null && !query.isBlank()) {
            return Optional.of(query.strip());
        }
        String protocol = request.getHeader("Sec-WebSocket-Protocol");
        if (protocol != null && !protocol.isBlank()) {
            return Optional.of(protocol.split(",")[0].strip());
        }
        return Optional.empty();
    }
}
