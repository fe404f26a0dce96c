package dev.kakehashi.app;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.signin.PasswordResetService;
import dev.kakehashi.store.PasswordResetRepository;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Password resets; with {@code reset.password.for} set, logs that account's one-time link. */
final class PasswordResetWiring {
    private static final Logger log = LoggerFactory.getLogger(PasswordResetWiring.class);

    private PasswordResetWiring() {}

    static PasswordResetService start(Core core, Optional<Mailer> mailer) {
        PasswordResetService resets = new PasswordResetService(
                core.tx(),
                core.accountRepo(),
                new PasswordResetRepository(core.tx()),
                core.sessionRepo(),
                core.links(),
                mailer,
                () -> core.site().current().title(),
                core.clock());
        core.settings().resetPasswordFor().ifPresent(user -> {
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
