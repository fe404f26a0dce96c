package dev.kakehashi.domain;

import java.time.Instant;
import java.util.Set;

/**
 * An access token issued to an app, acting for an author ({@code accountId}) or for the app alone
 * (null). Only hashes of the token and its refresh token are kept.
 */
public record OAuthToken(
        long id, long appId, Long accountId, Set<String> scopes, Instant createdAt, Instant lastUsedAt) {
    public OAuthToken {
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }
}
