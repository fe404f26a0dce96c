package dev.kakehashi.app;

import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.signin.PasswordResetService;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PasswordResetRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Password resets; with {@code reset.password.for} set, logs that account's one-time link. */
final class PasswordResetWiring {
    private static final Logger log = LoggerFactory.getLogger(PasswordResetWiring.class);

    private PasswordResetWiring() {}

    static PasswordResetService start(
            Settings settings,
            Transactions tx,
            AccountRepository accounts,
            SessionRepository sessions,
            Links links,
            Optional<Mailer> mailer,
            SiteService site,
            Clock clock) {
        PasswordResetService resets = new PasswordResetService(
                tx,
                accounts,
                new PasswordResetRepository(tx),
                sessions,
                links,
                mailer,
                () -> site.current().title(),
                clock);
        settings.resetPasswordFor().ifPresent(user -> {
            try {
                log.warn(
                        "Password reset for {}: open {} within an hour (it works once), then remove"
                                + " KAKEHASHI_RESET_PASSWORD_FOR",
                        user,
                        resets.linkFor(user));
            } catch (InvalidInputException e) {
                log.warn("KAKEHASHI_RESET_PASSWORD_FOR names no account: {}", user);
            }
        });
        return resets;
    }
}
