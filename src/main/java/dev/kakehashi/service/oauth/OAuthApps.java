package dev.kakehashi.service.oauth;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OAuthException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.OAuthAppRepository;
import dev.kakehashi.store.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Registering Mastodon API apps and authenticating them as OAuth clients. */
public final class OAuthApps {
    private static final int NAME_MAX = 200;
    private static final int WEBSITE_MAX = 2000;

    /** A new app with its client secret, shown this once (only its hash is kept). */
    public record Registered(OAuthApp app, String clientSecret) {}

    private final Transactions tx;
    private final OAuthAppRepository apps;
    private final Predicate<String> knownScope;
    private final Clock clock;

    /** @param knownScope which scope names an app may ask for */
    public OAuthApps(Transactions tx, OAuthAppRepository apps, Predicate<String> knownScope, Clock clock) {
        this.tx = tx;
        this.apps = apps;
        this.knownScope = knownScope;
        this.clock = clock;
    }

    /**
     * Registers an app.
     *
     * @param redirectUris newline-separated strings or single URIs, as the client sent them
     * @param scopes space-separated; blank means {@code read}
     * @throws InvalidInputException 422 for a missing name, a bad redirect URI or an unknown scope
     */
    public Registered register(String name, List<String> redirectUris, String scopes, String website) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw InvalidInputException.of("client_name", "Name can't be blank");
        }
        if (n.length() > NAME_MAX) {
            throw InvalidInputException.of("client_name", "Name is too long (maximum is 200 characters)");
        }
        List<String> uris = RedirectUris.parse(redirectUris);
        Set<String> scopeSet = parseScopes(scopes);
        for (String s : scopeSet) {
            if (!knownScope.test(s)) {
                throw InvalidInputException.of("scopes", "Scopes must be among the supported scopes (" + s + ")");
            }
        }
        String site = website == null || website.isBlank() ? null : website.strip();
        if (site != null && (site.length() > WEBSITE_MAX || !site.matches("(?i)https?://\\S+"))) {
            throw InvalidInputException.of("website", "Website is invalid");
        }
        String secret = AuthService.randomToken();
        OAuthApp app = new OAuthApp(
                Snowflake.next(),
                AuthService.randomToken(),
                AuthService.hash(secret),
                n,
                site,
                uris,
                scopeSet,
                clock.instant());
        tx.run(() -> apps.add(app));
        return new Registered(app, secret);
    }

    /** Space- or plus-separated scopes, in order, without repeats; blank means {@code read}. */
    public static Set<String> parseScopes(String scopes) {
        if (scopes == null || scopes.isBlank()) {
            return Set.of("read");
        }
        return new LinkedHashSet<>(List.of(scopes.strip().split("[\\s+]+")));
    }

    public Optional<OAuthApp> byClientId(String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > 64) {
            return Optional.empty();
        }
        return tx.call(() -> apps.byClientId(clientId));
    }

    public OAuthApp byId(long id) {
        return tx.call(() -> apps.byId(id)).orElseThrow(() -> ServiceException.notFound("App"));
    }

    /**
     * The app whose id and secret these are.
     *
     * @throws OAuthException 401 {@code invalid_client} otherwise
     */
    public OAuthApp authenticate(String clientId, String clientSecret) {
        OAuthApp app = byClientId(clientId).orElseThrow(OAuthException::invalidClient);
        if (clientSecret == null
                || !MessageDigest.isEqual(
                        AuthService.hash(clientSecret).getBytes(StandardCharsets.US_ASCII),
                        app.clientSecretHash().getBytes(StandardCharsets.US_ASCII))) {
            throw OAuthException.invalidClient();
        }
        return app;
    }
}
