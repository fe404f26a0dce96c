package dev.kakehashi.service.signin;

import dev.kakehashi.domain.WebSession;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.KnownDeviceRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in after the password: holds the new session until the second factor is given (code,
 * recovery code or passkey), then opens a fresh one, and tells the author about a new browser.
 * Any first step (the password form, later the OAuth consent login) ends in {@link #afterPassword}.
 */
public final class SecondStepService {
    /** How long the second step may take before the password must be typed again. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    /** A sign-in waiting for its second factor. */
    public record Pending(long accountId, String username, String csrfToken, String tokenHash, boolean totp) {}

    /** A finished sign-in: the session cookie's value and the browser's device cookie. */
    public record SignedIn(AuthService.NewSession session, String deviceToken) {}

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final KnownDeviceRepository devices;
    private final TwoFactorService twoFactor;
    private final SignInNotices notices;
    private final Clock clock;

    public SecondStepService(
            Transactions tx,
            AccountRepository accounts,
            SessionRepository sessions,
            KnownDeviceRepository devices,
            TwoFactorService twoFactor,
            SignInNotices notices,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.sessions = sessions;
        this.devices = devices;
        this.twoFactor = twoFactor;
        this.notices = notices;
        this.clock = clock;
    }

    /** What follows a correct password: the second step, or signed in with this device cookie. */
    public record AfterPassword(boolean secondFactorDue, String deviceToken) {}

    /**
     * Called with the session the password step just opened, before its cookie leaves the server.
     * When a second factor is due the session signs nobody in until {@link #withCode} or {@link
     * #withPasskey} finishes it, and lapses after ten minutes.
     */
    public AfterPassword afterPassword(String token, String userAgent, String ip, String deviceToken) {
        String h = AuthService.hash(token);
        Instant now = clock.instant();
        long accountId = tx.call(() -> {
            WebSession s = sessions.byTokenHash(h).orElseThrow(() -> ServiceException.unauthorized("Log in again"));
            s.describe(cut(userAgent, 300), cut(ip, 64), now);
            if (twoFactor.required(s.accountId())) {
                s.awaitSecondFactor(now.plus(PENDING_LIFETIME));
                return -1L;
            }
            return s.accountId();
        });
        if (accountId == -1L) {
            return new AfterPassword(true, null);
        }
        return new AfterPassword(false, signedIn(accountId, deviceToken, token));
    }

    /** The sign-in waiting for its second factor under this cookie, if any and not lapsed. */
    public Optional<Pending> pending(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String h = AuthService.hash(token);
        Instant now = clock.instant();
        return tx.call(() -> sessions.byTokenHash(h)
                .filter(s -> s.secondFactorPending() && !s.isExpired(now))
                .flatMap(s -> accounts.byId(s.accountId())
                        .map(a -> new Pending(a.id(), a.username(), s.csrfToken(), h, twoFactor.totpOn(a.id())))));
    }

    /** Finishes the sign-in with a code from the app or a recovery code. */
    public SignedIn withCode(Pending pending, String code, String deviceToken) {
        twoFactor.checkSignInCode(pending.accountId(), code);
        return finish(pending, deviceToken);
    }

    /** Finishes the sign-in with a passkey's answer to this sign-in's challenge. */
    public SignedIn withPasskey(Pending pending, PasskeyService passkeys, PasskeyAnswer answer, String deviceToken) {
        passkeys.verifySignIn(pending, answer);
        return finish(pending, deviceToken);
    }

    /**
     * Signs in with a passkey alone, from the login page: the passkey held by the browser and the
     * user verified by it (PIN or biometric) stand for both factors, so no password is asked.
     */
    public SignedIn withPasskeyAlone(
            PasskeyService passkeys, PasskeyAnswer answer, String userAgent, String ip, String deviceToken) {
        long accountId = passkeys.verifyPasswordless(answer);
        Instant now = clock.instant();
        String token = AuthService.randomToken();
        Instant expires = now.plus(AuthService.SESSION_LIFETIME);
        tx.run(() -> {
            WebSession fresh =
                    new WebSession(AuthService.hash(token), accountId, AuthService.randomToken(), now, expires);
            fresh.describe(cut(userAgent, 300), cut(ip, 64), now);
            sessions.add(fresh);
        });
        String device = signedIn(accountId, deviceToken, token);
        return new SignedIn(new AuthService.NewSession(token, expires), device);
    }

    /** Replaces the held session by a fresh one (a new cookie value), signed in. */
    SignedIn finish(Pending pending, String deviceToken) {
        Instant now = clock.instant();
        String token = AuthService.randomToken();
        Instant expires = now.plus(AuthService.SESSION_LIFETIME);
        tx.run(() -> {
            WebSession held = sessions.byTokenHash(pending.tokenHash())
                    .filter(s -> s.secondFactorPending())
                    .orElseThrow(() -> ServiceException.unauthorized("Your sign-in has lapsed. Log in again."));
            sessions.remove(held.tokenHash());
            WebSession fresh =
                    new WebSession(AuthService.hash(token), held.accountId(), AuthService.randomToken(), now, expires);
            fresh.describe(held.userAgent(), held.remoteIp(), now);
            sessions.add(fresh);
        });
        String device = signedIn(pending.accountId(), deviceToken, token);
        return new SignedIn(new AuthService.NewSession(token, expires), device);
    }

    /**
     * Notes a finished sign-in: a browser without a known device cookie gets one, and the author
     * a mail. Answers the device cookie's value.
     */
    private String signedIn(long accountId, String deviceToken, String sessionToken) {
        String device = deviceToken == null || deviceToken.length() < 20 || deviceToken.length() > 100
                ? AuthService.randomToken()
                : deviceToken;
        String h = AuthService.hash(device);
        Instant now = clock.instant();
        Optional<WebSession> session = tx.call(() -> sessions.byTokenHash(AuthService.hash(sessionToken)));
        boolean known = tx.call(() -> {
            if (devices.known(accountId, h)) {
                return true;
            }
            devices.add(accountId, h, now);
            return false;
        });
        if (!known) {
            notices.newSignIn(
                    accountId,
                    session.map(WebSession::userAgent).orElse(null),
                    session.map(WebSession::remoteIp).orElse("an unknown address"));
        }
        return device;
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
