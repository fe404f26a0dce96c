package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An app registered for the Mastodon client API. Only the SHA-256 of its client secret is kept.
 *
 * @param redirectUris the URIs it may send codes to, compared exactly
 * @param scopes the scopes it may ask for
 */
public record OAuthApp(
        long id,
        String clientId,
        String clientSecretHash,
        String name,
        String website,
        List<String> redirectUris,
        Set<String> scopes,
        Instant createdAt) {
    /** The out-of-band redirect: the code is shown on a page instead of sent anywhere. */
    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";

    public OAuthApp {
        redirectUris = List.copyOf(redirectUris);
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }
}
