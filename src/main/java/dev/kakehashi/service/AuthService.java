package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.WebSession;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.LoginFailureRepository;
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
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_USERNAME = 5;
    static final int MAX_FAILURES_PER_IP = 20;

    /** A logged-in request: who it is and the CSRF token its forms must carry. */
    public record SignedIn(long accountId, String username, boolean admin, String csrfToken, String tokenHash) {}

    /** A new session: the cookie value (shown once) and when it expires. */
    public record NewSession(String token, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final LoginFailureRepository failures;
    private final Clock clock;

    public AuthService(
            Transactions tx,
            AccountRepository accounts,
            SessionRepository sessions,
            LoginFailureRepository failures,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.sessions = sessions;
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Checks the password and opens a session. Too many recent failures for the username or the
     * address answer 429 before the password is even looked at.
     */
    public NewSession login(String username, String password, String remoteIp) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (user.isEmpty() || password == null || password.isEmpty()) {
            throw InvalidInputException.of("username", "Enter your username and password");
        }
        if (user.length() > 254 || password.length() > Passwords.MAX_LENGTH) {
            throw ServiceException.unauthorized("Wrong username or password");
        }
        Instant now = clock.instant();
        Instant since = now.minus(FAILURE_WINDOW);
        tx.run(() -> {
            if (failures.countForUsernameSince(user, since) >= MAX_FAILURES_PER_USERNAME
                    || failures.countForIpSince(remoteIp, since) >= MAX_FAILURES_PER_IP) {
                throw ServiceException.tooManyRequests("Too many failed logins. Try again in 15 minutes.");
            }
        });
        Optional<Account> account = tx.call(() -> accounts.byUsername(user).or(() -> accounts.byEmail(user)));
        boolean ok =
                account.isPresent() && Passwords.matches(password, account.get().passwordHash());
        if (account.isEmpty()) {
            Passwords.burnTime(password);
        }
        if (!ok) {
            tx.run(() -> failures.record(user, remoteIp, now));
            throw ServiceException.unauthorized("Wrong username or password");
        }
        String token = randomToken();
        Instant expires = now.plus(SESSION_LIFETIME);
        tx.run(() -> {
            failures.clearUsername(user);
            sessions.add(new WebSession(hash(token), account.get().id(), randomToken(), now, expires));
        });
        return new NewSession(token, expires);
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
        return tx.call(() -> sessions.removeExpired(now) + failures.removeOlderThan(now.minus(FAILURE_WINDOW)));
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
