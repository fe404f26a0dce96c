package dev.kakehashi.service.signin;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.RecoveryCode;
import dev.kakehashi.domain.TotpSecret;
import dev.kakehashi.service.Passwords;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PasskeyRepository;
import dev.kakehashi.store.SecondFactorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Authenticator-app codes and recovery codes: enrolling, confirming, disabling, and checking a
 * code at sign-in with a brake on guessing and no second use of the same code.
 */
public final class TwoFactorService {
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES = 5;

    /** What the security page shows about an account's second factors. */
    public record Status(boolean totpOn, Optional<String> unconfirmedSecret, long recoveryCodesLeft, int passkeys) {}

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SecondFactorRepository factors;
    private final PasskeyRepository passkeys;
    private final TotpCodes totp;
    private final SecretBox box;
    private final SignInNotices notices;
    private final Clock clock;

    public TwoFactorService(
            Transactions tx,
            AccountRepository accounts,
            SecondFactorRepository factors,
            PasskeyRepository passkeys,
            TotpCodes totp,
            SecretBox box,
            SignInNotices notices,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.factors = factors;
        this.passkeys = passkeys;
        this.totp = totp;
        this.box = box;
        this.notices = notices;
        this.clock = clock;
    }

    public Status status(long accountId) {
        return tx.call(() -> {
            Optional<TotpSecret> secret = factors.totp(accountId);
            boolean on = secret.map(TotpSecret::confirmed).orElse(false);
            long left = factors.recoveryCodes(accountId).stream()
                    .filter(c -> !c.used())
                    .count();
            return new Status(
                    on,
                    secret.filter(s -> !s.confirmed()).map(this::clear),
                    left,
                    passkeys.ofAccount(accountId).size());
        });
    }

    /** True when signing in to this account needs a second factor after the password. */
    public boolean required(long accountId) {
        return tx.call(() -> factors.totp(accountId).map(TotpSecret::confirmed).orElse(false)
                || !passkeys.ofAccount(accountId).isEmpty());
    }

    public boolean totpOn(long accountId) {
        return tx.call(() -> factors.totp(accountId).map(TotpSecret::confirmed).orElse(false));
    }

    /** Starts enrolling an authenticator app: a new secret, not asked for until confirmed. */
    public void startTotp(long accountId) {
        tx.run(() -> {
            if (factors.totp(accountId).map(TotpSecret::confirmed).orElse(false)) {
                throw ServiceException.conflict("The authenticator app is already set up. Turn it off first.");
            }
            factors.putTotp(new TotpSecret(accountId, box.seal(accountId, totp.newSecret()), clock.instant()));
        });
    }

    /** The otpauth URI of the unconfirmed secret, for its QR code. */
    public Optional<String> enrolmentUri(long accountId, String issuer) {
        return tx.call(() -> factors.totp(accountId).filter(s -> !s.confirmed()).flatMap(s -> accounts.byId(accountId)
                .map(a -> totp.uri(issuer, a.username(), clear(s)))));
    }

    /** Confirms the app with one of its codes; answers the recovery codes, shown this once. */
    public List<String> confirmTotp(long accountId, String code) {
        Instant now = clock.instant();
        List<String> codes = RecoveryCodes.generate();
        tx.run(() -> {
            TotpSecret secret = factors.totp(accountId)
                    .filter(s -> !s.confirmed())
                    .orElseThrow(() -> ServiceException.conflict("Start setting up the authenticator app first."));
            OptionalLong step = totp.matchingStep(clear(secret), strip(code), now);
            if (step.isEmpty()) {
                throw InvalidInputException.of("code", "That code is not right. Type the 6 digits the app shows now.");
            }
            secret.used(step.getAsLong());
            secret.confirm(now);
            factors.replaceRecoveryCodes(
                    accountId, codes.stream().map(RecoveryCodes::hash).toList());
        });
        notices.newMethod(accountId, "an authenticator app");
        return codes;
    }

    /** New recovery codes (the old ones stop working); only with the app set up. */
    public List<String> renewRecoveryCodes(long accountId) {
        List<String> codes = RecoveryCodes.generate();
        tx.run(() -> {
            if (!factors.totp(accountId).map(TotpSecret::confirmed).orElse(false)) {
                throw ServiceException.conflict("Set up the authenticator app first.");
            }
            factors.replaceRecoveryCodes(
                    accountId, codes.stream().map(RecoveryCodes::hash).toList());
        });
        return codes;
    }

    /** Turns the app off, given a current code or the password. */
    public void disableTotp(long accountId, String codeOrPassword) {
        String given = codeOrPassword == null ? "" : codeOrPassword;
        if (given.isBlank()) {
            throw InvalidInputException.of("confirm", "Type a code from the app or your password.");
        }
        Instant now = clock.instant();
        guardAgainstGuessing(accountId, now);
        boolean ok = tx.call(() -> {
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            Optional<TotpSecret> secret = factors.totp(accountId);
            if (secret.isPresent() && acceptCode(secret.get(), strip(given), now)) {
                return true;
            }
            return given.length() <= Passwords.MAX_LENGTH && Passwords.matches(given, a.passwordHash());
        });
        if (!ok) {
            tx.run(() -> factors.recordFailure(accountId, now));
            throw InvalidInputException.of("confirm", "Neither a current code nor your password.");
        }
        tx.run(() -> {
            factors.removeTotp(accountId);
            factors.removeRecoveryCodes(accountId);
        });
    }

    /**
     * Checks a code typed at sign-in: a code from the app (never the same one twice) or an unused
     * recovery code (used up by this). Wrong codes count towards a brake: past {@value
     * #MAX_FAILURES} in 15 minutes every code is refused with 429.
     */
    public void checkSignInCode(long accountId, String typed) {
        String code = typed == null ? "" : strip(typed);
        if (code.isEmpty() || code.length() > 40) {
            throw InvalidInputException.of("code", "Type the code from your app or a recovery code.");
        }
        Instant now = clock.instant();
        guardAgainstGuessing(accountId, now);
        boolean ok = tx.call(() -> {
            Optional<TotpSecret> secret = factors.totp(accountId).filter(TotpSecret::confirmed);
            if (secret.isEmpty()) {
                return false;
            }
            if (code.matches("\\d{6}")) {
                return acceptCode(secret.get(), code, now);
            }
            return RecoveryCodes.looksLikeOne(code) && useRecoveryCode(accountId, code, now);
        });
        if (!ok) {
            tx.run(() -> {
                factors.removeFailuresOlderThan(now.minus(FAILURE_WINDOW));
                factors.recordFailure(accountId, now);
            });
            throw ServiceException.unauthorized("That code is not right, or was already used.");
        }
        tx.run(() -> factors.clearFailures(accountId));
    }

    /**
     * Run at start-up: seals every secret an older version stored in clear, and checks that the
     * sealed ones open with this key, so a lost or changed key stops start-up instead of locking
     * authors out at their next sign-in. Answers how many were sealed now.
     *
     * @throws SecretBox.SecretBoxException when a stored secret does not open with this key
     */
    public int sealStoredSecrets() {
        return tx.call(() -> {
            int sealed = 0;
            for (TotpSecret s : factors.allTotp()) {
                if (SecretBox.isSealed(s.secret())) {
                    box.open(s.accountId(), s.secret());
                } else {
                    s.storeAs(box.seal(s.accountId(), s.secret()));
                    sealed++;
                }
            }
            return sealed;
        });
    }

    private String clear(TotpSecret s) {
        return box.open(s.accountId(), s.secret());
    }

    /** Counts a failed passkey or code attempt towards the same brake. */
    void guardAgainstGuessing(long accountId, Instant now) {
        tx.run(() -> {
            if (factors.failuresSince(accountId, now.minus(FAILURE_WINDOW)) >= MAX_FAILURES) {
                throw ServiceException.tooManyRequests("Too many wrong codes. Try again in 15 minutes.");
            }
        });
    }

    /** Counts a failed passkey answer towards the brake. */
    void failed(long accountId, Instant now) {
        tx.run(() -> factors.recordFailure(accountId, now));
    }

    private boolean acceptCode(TotpSecret secret, String code, Instant now) {
        OptionalLong step = totp.matchingStep(clear(secret), code, now);
        return step.isPresent()
                && step.getAsLong() > secret.lastStep()
                && factors.advanceStep(secret.accountId(), step.getAsLong());
    }

    private boolean useRecoveryCode(long accountId, String code, Instant now) {
        String h = RecoveryCodes.hash(code);
        for (RecoveryCode c : factors.recoveryCodes(accountId)) {
            if (!c.used() && java.security.MessageDigest.isEqual(c.codeHash().getBytes(), h.getBytes())) {
                return factors.useRecoveryCode(c.id(), now);
            }
        }
        return false;
    }

    private static String strip(String code) {
        return code == null ? "" : code.strip().replace(" ", "");
    }
}
