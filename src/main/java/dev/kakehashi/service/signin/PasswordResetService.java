package dev.kakehashi.service.signin;

import dev.kakehashi.domain.Account;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.Passwords;
import dev.kakehashi.service.Validator;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.mail.OutgoingMail;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PasswordResetRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgotten passwords: a one-time link, mailed when SMTP is set up, or logged at start-up for the
 * server's owner ({@code KAKEHASHI_RESET_PASSWORD_FOR}). A link works once, for an hour; using it
 * sets the new password and logs out every session of the account.
 */
public final class PasswordResetService {
    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    public static final Duration LIFETIME = Duration.ofHours(1);

    private final Transactions tx;
    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final SessionRepository sessions;
    private final Links links;
    private final Optional<Mailer> mailer;
    private final Supplier<String> siteTitle;
    private final Clock clock;

    public PasswordResetService(
            Transactions tx,
            AccountRepository accounts,
            PasswordResetRepository resets,
            SessionRepository sessions,
            Links links,
            Optional<Mailer> mailer,
            Supplier<String> siteTitle,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.resets = resets;
        this.sessions = sessions;
        this.links = links;
        this.mailer = mailer;
        this.siteTitle = siteTitle;
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return mailer.isPresent();
    }

    /** A fresh link for the account with this username or e-mail; the owner's start-up reset. */
    public String linkFor(String usernameOrEmail) {
        return tx.call(() -> find(usernameOrEmail)
                .map(this::newLink)
                .orElseThrow(() -> InvalidInputException.of("username", "No account " + usernameOrEmail)));
    }

    /**
     * Mails a link to the account's address. Says nothing about whether the account exists (the
     * page answers the same either way); a mail server failure is logged.
     */
    public void mailLink(String usernameOrEmail) {
        if (mailer.isEmpty() || usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return;
        }
        Optional<OutgoingMail> mail = tx.call(() -> find(usernameOrEmail).map(a -> mail(a, newLink(a))));
        if (mail.isEmpty()) {
            return;
        }
        try {
            mailer.get().send(mail.get());
        } catch (Mailer.MailFailure e) {
            log.warn("Could not mail a password reset link: {}", e.getMessage());
        }
    }

    /** Whether the link is still good (the page shows the form, or says it has expired). */
    public boolean valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return tx.call(() -> resets.accountOf(AuthService.hash(token), clock.instant()))
                .isPresent();
    }

    /** Sets the new password through the link, which is then used up. */
    public void reset(String token, String password) {
        Validator v = new Validator();
        v.check(
                password != null && password.length() >= Passwords.MIN_LENGTH,
                "password",
                "Password must have at least " + Passwords.MIN_LENGTH + " characters");
        v.check(
                password == null || password.length() <= Passwords.MAX_LENGTH,
                "password",
                "Password must have at most " + Passwords.MAX_LENGTH + " characters");
        v.throwIfInvalid();
        if (!valid(token)) {
            throw InvalidInputException.of("token", "This link has expired or was already used. Ask for a new one.");
        }
        String hash = Passwords.hash(password);
        String tokenHash = AuthService.hash(token);
        tx.run(() -> {
            Instant now = clock.instant();
            long accountId = resets.accountOf(tokenHash, now)
                    .filter(id -> resets.take(tokenHash))
                    .orElseThrow(() -> InvalidInputException.of(
                            "token", "This link has expired or was already used. Ask for a new one."));
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            a.changePasswordHash(hash, now);
            sessions.removeAllOf(accountId);
        });
    }

    private Optional<Account> find(String usernameOrEmail) {
        String u = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.length() > 254) {
            return Optional.empty();
        }
        return accounts.byUsername(u).or(() -> accounts.byEmail(u));
    }

    private String newLink(Account a) {
        String token = AuthService.randomToken();
        Instant now = clock.instant();
        resets.put(AuthService.hash(token), a.id(), now, now.plus(LIFETIME));
        return links.at("/reset-password?token=" + token);
    }

    private OutgoingMail mail(Account a, String link) {
        String site = siteTitle.get();
        String text = "Someone (probably you) asked to reset the password of " + a.username() + " on " + site
                + ".\n\nChoose a new password here, within an hour:\n" + link
                + "\n\nIf it was not you, ignore this mail: your password stays as it is.\n";
        String html = "<p>Someone (probably you) asked to reset the password of " + Entities.escape(a.username())
                + " on " + Entities.escape(site) + ".</p><p><a href=\"" + Entities.escape(link)
                + "\">Choose a new password</a> within an hour.</p>"
                + "<p>If it was not you, ignore this mail: your password stays as it is.</p>";
        return new OutgoingMail(a.email(), a.displayName(), "Reset your password on " + site, text, html);
    }
}
