package dev.kakehashi.app;

import dev.kakehashi.app.jobs.NotificationMailJob;
import dev.kakehashi.app.jobs.NotificationMailSchedule;
import dev.kakehashi.service.mail.DigestComposer;
import dev.kakehashi.service.mail.EmailPreferences;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.mail.NotificationDigests;
import dev.kakehashi.service.mail.SmtpMailer;
import dev.kakehashi.store.EmailPreferenceRepository;
import dev.kakehashi.store.NotificationMailRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** E-mail notifications: the SMTP mailer and digest job when SMTP is set, and authors' choices. */
record MailWiring(EmailPreferences preferences, Optional<Mailer> mailer) {
    private static final Logger log = LoggerFactory.getLogger(MailWiring.class);

    static MailWiring start(Core core) throws SchedulerException {
        Settings settings = core.settings();
        Transactions tx = core.tx();
        Clock clock = core.clock();
        Optional<Mailer> smtpMailer = settings.smtp().map(smtp -> {
            SmtpMailer mailer = new SmtpMailer(new SmtpMailer.Config(
                    smtp.host(),
                    smtp.port(),
                    smtp.username(),
                    smtp.password(),
                    SmtpMailer.Security.valueOf(smtp.tls().name()),
                    smtp.from()));
            NotificationDigests digests = new NotificationDigests(
                    tx,
                    new NotificationMailRepository(tx),
                    new NotificationRepository(tx),
                    mailer,
                    new DigestComposer(core.links(), () -> core.site().current().title()),
                    NotificationDigests.Limits.of(smtp.maxPerHour()),
                    clock);
            core.jobs().register(NotificationMailJob.class, () -> new NotificationMailJob(digests));
            log.info("E-mail notifications go through {}", smtp);
            return mailer;
        });
        NotificationMailSchedule.install(core.scheduler(), settings.smtp().map(Settings.Smtp::digestInterval));
        return new MailWiring(
                new EmailPreferences(
                        tx, new EmailPreferenceRepository(tx), settings.smtp().isPresent(), clock),
                smtpMailer);
    }
}
