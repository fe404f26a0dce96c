package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.WebSession;
import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Logging in and out, browser sessions, and the brake on password guessing. */
public final class AuthService {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    /** 5 guesses per account from one address, 20 from one address, 100 per account overall. */
    static final GuessLimiter.Limits LOGIN_LIMITS = new GuessLimiter.Limits(5, 20, 100);

    /** Login attempts under way at once: twice the hashing slots, so the hash gate stays busy. */
    static final AdmissionGate ATTEMPTS =
            new AdmissionGate("with other logins", 2 * Passwords.HASHING.size(), Duration.ofMillis(500));

    private static final String TOO_MANY = "Too many failed logins. Try again in 15 minutes.";

    /** A logged-in request: who it is and the CSRF token its forms must carry. */
    public record SignedIn(long accountId, String username, boolean admin, String csrfToken, String tokenHash) {}

    /** A new session: the cookie value (shown once) and when it expires. */
    public record NewSession(String token, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final GuessLimiter guesses;
    private final Clock clock;

    public AuthService(
            Transactions tx,
            AccountRepository accounts,
            SessionRepository sessions,
            GuessLimiter guesses,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.sessions = sessions;
        this.guesses = guesses;
        this.clock = clock;
    }

    /**
     * Checks the password and opens a session. The guess is reserved before the password is
     * looked at; too many recent guesses at the account from this address (or from this address
     * at all, or at the account from everywhere) answer 429. A busy server answers 503.
     */
    public NewSession login(String username, String password, String remoteIp) {
        Account account = verifyPassword(username, password, remoteIp);
        Instant now = clock.instant();
        String token = randomToken();
        Instant expires = now.plus(SESSION_LIFETIME);
        tx.run(() -> sessions.add(new WebSession(hash(token), account.id(), randomToken(), now, expires)));
        return new NewSession(token, expires);
    }

    /**
     * Checks a username (or e-mail) and password under the same guess limit and admission gate as
     * the login form, without opening a session: for the OAuth password grant.
     *
     * @return the account whose password it is
     * @throws ServiceException 401 for a wrong password, 429 past the guess limit, 503 when busy
     */
    public Account verifyPassword(String username, String password, String remoteIp) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (user.isEmpty() || password == null || password.isEmpty()) {
            throw InvalidInputException.of("username", "Enter your username and password");
        }
        if (user.length() > 254 || password.length() > Passwords.MAX_LENGTH) {
            throw ServiceException.unauthorized("Wrong username or password");
        }
        // The whole attempt (database work included) is admitted, not just the hash: 200 logins
        // waiting for the connection pool would starve every other page of it.
        return ATTEMPTS.call(() -> attempt(user, password, remoteIp));
    }

    private Account attempt(String user, String password, String remoteIp) {
        Optional<Account> account = tx.call(() -> accounts.byUsername(user).or(() -> accounts.byEmail(user)));
        // Username and e-mail name one account, so they share one count; unknown names count too.
        String key = account.map(a -> "login:" + a.id()).orElseGet(() -> "login-name:" + hash(user));
        GuessLimiter.Ticket guess = guesses.reserve(key, remoteIp, LOGIN_LIMITS, TOO_MANY);
        boolean ok;
        try {
            ok = account.isPresent()
                    && Passwords.matches(password, account.get().passwordHash());
            if (account.isEmpty()) {
                Passwords.burnTime(password);
            }
        } catch (OverloadedException e) {
            guesses.notChecked(guess);
            throw e;
        }
        if (!ok) {
            throw ServiceException.unauthorized("Wrong username or password");
        }
        guesses.succeeded(guess);
        return account.get();
    }

    /** The session a cookie token stands for, if it is valid and not expired. */
    public Optional<SignedIn> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String h = hash(token);
        Instant now = clock.instant();
        return tx.call(() -> sessions.byTokenHash(h)
                .filter(s -> !s.isExpired(now) && !s.secondFactorPending())
                .flatMap(s -> accounts.byId(s.accountId())
                        .map(a -> new SignedIn(a.id(), a.username(), a.isAdmin(), s.csrfToken(), h))));
    }

    public void logout(SignedIn who) {
        tx.run(() -> sessions.remove(who.tokenHash()));
    }

    /** Drops expired sessions and old failure records; run by a periodic job. */
    public int sweep() {
        Instant now = clock.instant();
        return tx.call(() -> sessions.removeExpired(now)) + guesses.sweep();
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte. */
    public static boolean csrfMatches(SignedIn who, String submitted) {
        return submitted != null
                && MessageDigest.isEqual(
                        who.csrfToken().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
