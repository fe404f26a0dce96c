package dev.kakehashi.domain;

import java.time.Instant;
import java.util.Set;

/**
 * An authorization code waiting to be exchanged for a token: single use, short-lived, bound to
 * the redirect URI it was issued for and, with PKCE, to a code challenge.
 *
 * @param challengeMethod {@code S256} or {@code plain}; null without PKCE
 */
public record OAuthCode(
        long appId,
        long accountId,
        String redirectUri,
        Set<String> scopes,
        String codeChallenge,
        String challengeMethod,
        Instant expiresAt) {
    public OAuthCode {
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }
}
