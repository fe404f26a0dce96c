package dev.kakehashi.app;

import dev.kakehashi.service.signin.PasswordResetService;
import org.quartz.SchedulerException;

/** Mail (notification digests, e-mail preferences), password resets and two-factor sign-in. */
record SignInModule(MailWiring mail, PasswordResetService resets, SignInWiring signIn) {
    static SignInModule build(Core core) throws SchedulerException {
        MailWiring mail = MailWiring.start(core);
        PasswordResetService resets = PasswordResetWiring.start(core, mail.mailer());
        SignInWiring signIn = SignInWiring.build(core, mail.mailer());
        return new SignInModule(mail, resets, signIn);
    }
}
