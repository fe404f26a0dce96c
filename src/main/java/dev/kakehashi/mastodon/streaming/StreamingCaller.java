package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.service.oauth.OAuthScopes;
import java.security.Principal;
import java.util.Set;

/**
 * Who holds a streaming connection: the token's app, author (null for an app-only token) and
 * scopes. Set as the request's principal by {@link StreamingAuthFilter}, so the WebSocket handshake
 * and the session carry it.
 */
public record StreamingCaller(long appId, Long accountId, Set<String> scopes) implements Principal {
    public StreamingCaller {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return accountId == null ? "app:" + appId : "account:" + accountId;
    }

    public boolean allows(String scope) {
        return OAuthScopes.covers(scopes, scope);
    }

    /**
     * Whether this caller's token may listen to {@code s} (whose list it is, {@link StreamHub} checks).
     *
     * @return null when it may, else the error Mastodon's streaming server gives
     */
    public String refusal(Subscription s) {
        if (!allows(s.kind().scope())) {
            return "Access token does not have the required scopes";
        }
        if (accountId == null && !s.kind().isPublic() && !s.kind().needsTag()) {
            return "Access token does not cover this stream: it belongs to no user";
        }
        return null;
    }
}
