package dev.kakehashi.service.oauth;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.domain.OAuthCode;
import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.OAuthException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.OAuthCodeRepository;
import dev.kakehashi.store.OAuthTokenRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The OAuth 2 grants of the Mastodon API, with Doorkeeper's rules: authorization codes (single
 * use, ten minutes, exact redirect URI, PKCE), the password grant (under the login form's guess
 * limit), client credentials and refresh tokens; and resolving, touching and revoking tokens.
 */
public final class OAuthGrants {
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** A token's last use is written at most this often. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A token just issued: the secrets are shown this once. */
    public record Issued(String accessToken, String refreshToken, Set<String> scopes, Instant createdAt) {}

    private final Transactions tx;
    private final OAuthCodeRepository codes;
    private final OAuthTokenRepository tokens;
    private final TokenCache cache;
    private final AuthService auth;
    private final LongPredicate secondFactorRequired;
    private final Clock clock;

    /** @param cache the live tokens in memory, emptied by every change to them */
    public OAuthGrants(
            Transactions tx,
            OAuthCodeRepository codes,
            OAuthTokenRepository tokens,
            AuthService auth,
            LongPredicate secondFactorRequired,
            Clock clock,
            TokenCache cache) {
        this.cache = cache;
        this.tx = tx;
        this.codes = codes;
        this.tokens = tokens;
        this.auth = auth;
        this.secondFactorRequired = secondFactorRequired;
        this.clock = clock;
    }

    /**
     * The scopes an app may be granted: {@code asked} (blank means {@code read}) when the app
     * registered them all.
     *
     * @throws OAuthException {@code invalid_scope} otherwise
     */
    public static Set<String> grantable(OAuthApp app, String asked) {
        Set<String> wanted = OAuthApps.parseScopes(asked);
        if (!wanted.stream().allMatch(OAuthScopes::isKnown) || !OAuthScopes.coversAll(app.scopes(), wanted)) {
            throw OAuthException.invalidScope("The requested scope is invalid, unknown, or malformed.");
        }
        return wanted;
    }

    /** Checks a PKCE method as the authorize request names it; null means no PKCE. */
    public static String challengeMethod(String challenge, String method) {
        if (challenge == null || challenge.isEmpty()) {
            return null;
        }
        String m = method == null || method.isEmpty() ? "plain" : method;
        if (!Pkce.METHODS.contains(m) || challenge.length() > 128) {
            throw OAuthException.invalidRequest("Code challenge method must be S256 or plain.");
        }
        return m;
    }

    /** A code for an author's consent, to be exchanged within {@link #CODE_LIFETIME}. */
    public String issueCode(
            OAuthApp app, long accountId, String redirectUri, Set<String> scopes, String challenge, String method) {
        String code = AuthService.randomToken();
        String m = challengeMethod(challenge, method);
        OAuthCode stored = new OAuthCode(
                app.id(),
                accountId,
                redirectUri,
                scopes,
                m == null ? null : challenge,
                m,
                clock.instant().plus(CODE_LIFETIME));
        tx.run(() -> {
            codes.removeExpired(clock.instant());
            codes.add(AuthService.hash(code), stored);
        });
        return code;
    }

    /** {@code authorization_code}: the code is used up whatever the outcome. */
    public Issued exchangeCode(OAuthApp app, String code, String redirectUri, String verifier) {
        if (code == null || code.isEmpty() || code.length() > 100) {
            throw OAuthException.invalidGrant(INVALID_GRANT);
        }
        Instant now = clock.instant();
        // Taken in its own unit of work: a refused exchange still uses the code up.
        OAuthCode c = tx.call(() -> codes.take(AuthService.hash(code)))
                .filter(x -> x.appId() == app.id() && now.isBefore(x.expiresAt()))
                .orElseThrow(() -> OAuthException.invalidGrant(INVALID_GRANT));
        if (!c.redirectUri().equals(redirectUri)) {
            throw OAuthException.invalidGrant(INVALID_GRANT);
        }
        if (c.challengeMethod() != null && !Pkce.matches(c.challengeMethod(), c.codeChallenge(), verifier)) {
            throw OAuthException.invalidGrant(INVALID_GRANT);
        }
        return tx.call(() -> issue(app.id(), c.accountId(), c.scopes(), now, true));
    }

    /** {@code password}: the login form's guess limit and admission gate apply. */
    public Issued password(OAuthApp app, String username, String password, String scope, String remoteIp) {
        Set<String> scopes = grantable(app, scope);
        Account account;
        try {
            account = auth.verifyPassword(username, password, remoteIp);
        } catch (ServiceException e) {
            if (e.status() == 401 || e.status() == 422) {
                throw OAuthException.invalidGrant(INVALID_GRANT);
            }
            throw e;
        }
        if (secondFactorRequired.test(account.id())) {
            throw OAuthException.invalidGrant(
                    "This account signs in with a second step: use the browser sign-in (authorization code).");
        }
        Instant now = clock.instant();
        return tx.call(() -> issue(app.id(), account.id(), scopes, now, true));
    }

    /** {@code client_credentials}: a token for the app itself, acting for nobody. */
    public Issued clientCredentials(OAuthApp app, String scope) {
        Set<String> scopes = grantable(app, scope);
        Instant now = clock.instant();
        return tx.call(() -> issue(app.id(), null, scopes, now, false));
    }

    /** {@code refresh_token}: the old token is revoked, a new pair issued with the same scopes. */
    public Issued refresh(OAuthApp app, String refreshToken) {
        if (refreshToken == null || refreshToken.isEmpty() || refreshToken.length() > 100) {
            throw OAuthException.invalidGrant(INVALID_GRANT);
        }
        Instant now = clock.instant();
        return tx.call(() -> {
            OAuthToken old = tokens.activeByRefreshHash(AuthService.hash(refreshToken))
                    .filter(t -> t.appId() == app.id())
                    .orElseThrow(() -> OAuthException.invalidGrant(INVALID_GRANT));
            if (!tokens.revoke(old.id(), now)) {
                throw OAuthException.invalidGrant(INVALID_GRANT);
            }
            return issue(app.id(), old.accountId(), old.scopes(), now, true);
        });
    }

    /** RFC 7009: revoking an unknown token, or another app's, quietly does nothing. */
    public void revoke(OAuthApp app, String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        String h = AuthService.hash(token);
        tx.run(() -> tokens.activeByHash(h)
                .or(() -> tokens.activeByRefreshHash(h))
                .filter(t -> t.appId() == app.id())
                .ifPresent(t -> tokens.revoke(t.id(), clock.instant())));
    }

    /**
     * The live token a bearer value stands for, noting its use at most once a minute per token (the
     * one request that claims the due use in memory writes it; the others send no SQL).
     */
    public Optional<OAuthToken> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = AuthService.hash(token);
        long generation = cache.generation();
        OAuthToken known = cache.get(hash);
        if (known != null) {
            if (cache.claimUse(known, now, TOUCH_EVERY)) {
                cache.notingUse(() -> tx.call(() -> {
                    tokens.touch(known.id(), now, now.minus(TOUCH_EVERY));
                    return null;
                }));
            }
            return Optional.of(known);
        }
        boolean outermost = !tx.active();
        Optional<OAuthToken> t = cache.notingUse(() -> tx.call(() -> {
            Optional<OAuthToken> found = tokens.activeByHash(hash);
            found.filter(x -> cache.claimUse(x, now, TOUCH_EVERY))
                    .ifPresent(x -> tokens.touch(x.id(), now, now.minus(TOUCH_EVERY)));
            return found;
        }));
        if (outermost) {
            t.ifPresent(x -> cache.put(hash, x, generation));
        }
        return t;
    }

    /** An app an author authorized: its scopes (all its live tokens') and when it was last used. */
    public record AuthorizedApp(long appId, String name, String website, Set<String> scopes, Instant lastUsedAt) {}

    /** The apps holding live tokens for this author, most recently used first. */
    public java.util.List<AuthorizedApp> authorizedApps(long accountId) {
        java.util.Map<Long, AuthorizedApp> byApp = new java.util.LinkedHashMap<>();
        for (OAuthTokenRepository.AuthorizedApp row : tx.call(() -> tokens.appsOf(accountId))) {
            AuthorizedApp seen = byApp.get(row.appId());
            Set<String> scopes = new java.util.LinkedHashSet<>(seen == null ? Set.of() : seen.scopes());
            scopes.addAll(java.util.List.of(row.scopes().split(" ")));
            Instant last =
                    seen == null || row.lastUsedAt().isAfter(seen.lastUsedAt()) ? row.lastUsedAt() : seen.lastUsedAt();
            byApp.put(row.appId(), new AuthorizedApp(row.appId(), row.name(), row.website(), scopes, last));
        }
        return java.util.List.copyOf(byApp.values());
    }

    /** Revokes every token of the app for this author; answers how many there were. */
    public int revokeApp(long accountId, long appId) {
        return tx.call(() -> tokens.revokeAll(appId, accountId, clock.instant()));
    }

    private Issued issue(long appId, Long accountId, Set<String> scopes, Instant now, boolean withRefresh) {
        String access = AuthService.randomToken();
        String refresh = withRefresh ? AuthService.randomToken() : null;
        OAuthToken token = new OAuthToken(Snowflake.next(), appId, accountId, scopes, now, null);
        tokens.add(token, AuthService.hash(access), refresh == null ? null : AuthService.hash(refresh));
        return new Issued(access, refresh, scopes, now);
    }

    private static final String INVALID_GRANT = "The provided authorization grant is invalid, expired, revoked, does"
            + " not match the redirection URI used in the authorization request, or was issued to another client.";
}
