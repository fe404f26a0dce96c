package dev.kakehashi.service.mail;

import dev.kakehashi.service.mail.Mailer.MailFailure;
import dev.kakehashi.store.NotificationMailRepository;
import dev.kakehashi.store.NotificationMailRepository.Claimed;
import dev.kakehashi.store.NotificationMailRepository.Recipient;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails each author one digest of the notifications they chose to get by e-mail, at most {@link
 * Limits#maxPerHour} mails per author in any hour; the rest waits. Each digest's notifications are
 * claimed (locked and stamped emailed) in one transaction before the mail goes out, so two nodes
 * never mail the same ones; when the server is down they are put back for the next run. A mail the
 * server took is never sent again. Notifications older than {@link Limits#maxAge} are never mailed,
 * so a long outage does not end in a flood.
 */
public final class NotificationDigests {
    private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);
    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * @param maxPerHour digest mails per author in any hour
     * @param maxAge notifications older than this are not mailed any more
     * @param itemsPerMail notifications listed in one digest; more wait for the next one
     * @param authorsPerRun authors mailed in one run of the job
     */
    public record Limits(int maxPerHour, Duration maxAge, int itemsPerMail, int authorsPerRun) {
        public static Limits of(int maxPerHour) {
            return new Limits(maxPerHour, Duration.ofDays(2), 50, 200);
        }
    }

    /** What became of one author's digest. */
    enum Outcome {
        SENT,
        NOTHING,
        REFUSED,
        SERVER_DOWN
    }

    private record Batch(Recipient to, List<Long> ids, List<Claimed> items, long attempt) {}

    private final Transactions tx;
    private final NotificationMailRepository mails;
    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final DigestComposer composer;
    private final Limits limits;
    private final Clock clock;
    private final AtomicBoolean serverDown = new AtomicBoolean();
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();

    public NotificationDigests(
            Transactions tx,
            NotificationMailRepository mails,
            NotificationRepository notifications,
            Mailer mailer,
            DigestComposer composer,
            Limits limits,
            Clock clock) {
        this.tx = tx;
        this.mails = mails;
        this.notifications = notifications;
        this.mailer = mailer;
        this.composer = composer;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * One run of the digest job: one mail to each author who has something to be told and mail
     * left this hour. Stops early while the mail server is down.
     *
     * @return how many mails the server took
     */
    public int run() {
        Instant now = clock.instant();
        List<Long> authors = tx.call(() -> {
            // Only the last hour is ever counted; a day keeps a little history for whoever looks.
            mails.pruneAttempts(now.minus(Duration.ofDays(1)));
            return mails.authorsDue(
                    now.minus(limits.maxAge()), now.minus(HOUR), limits.maxPerHour(), limits.authorsPerRun());
        });
        int sent = 0;
        for (long author : authors) {
            Outcome outcome = mailTo(author);
            if (outcome == Outcome.SERVER_DOWN) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private Outcome mailTo(long accountId) {
        Instant now = clock.instant();
        Batch batch = tx.call(() -> claim(accountId, now).orElse(null));
        if (batch == null) {
            return Outcome.NOTHING;
        }
        try {
            mailer.send(composer.compose(batch.to(), batch.items()));
        } catch (MailFailure failure) {
            tx.run(() -> {
                notifications.markUnmailed(batch.ids());
                if (failure.recipientRefused()) {
                    mails.finishAttempt(batch.attempt(), NotificationMailRepository.FAILED);
                } else {
                    mails.dropAttempt(batch.attempt());
                }
            });
            if (failure.recipientRefused()) {
                if (refused.add(accountId)) {
                    log.warn("Notification e-mail for account {} refused: {}", accountId, failure.getMessage());
                }
                return Outcome.REFUSED;
            }
            if (serverDown.compareAndSet(false, true)) {
                log.warn("E-mail notifications are waiting: {}", failure.getMessage());
            }
            return Outcome.SERVER_DOWN;
        } catch (RuntimeException e) {
            tx.run(() -> {
                notifications.markUnmailed(batch.ids());
                mails.dropAttempt(batch.attempt());
            });
            throw e;
        }
        // Past this point the mail is out: the rows stay stamped, whatever happens next.
        tx.run(() -> mails.finishAttempt(batch.attempt(), NotificationMailRepository.SENT));
        if (serverDown.compareAndSet(true, false)) {
            log.info("The mail server answers again; e-mail notifications are going out");
        }
        refused.remove(accountId);
        log.info(
                "Mailed a digest of {} notification(s) to account {}",
                batch.ids().size(),
                accountId);
        return Outcome.SENT;
    }

    private Optional<Batch> claim(long accountId, Instant now) {
        if (mails.attemptsSince(accountId, now.minus(HOUR)) >= limits.maxPerHour()) {
            return Optional.empty();
        }
        Optional<Recipient> to = mails.recipient(accountId);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = mails.lockDue(accountId, now.minus(limits.maxAge()), limits.itemsPerMail());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        notifications.markEmailed(ids, now);
        long attempt = mails.startAttempt(accountId, ids.size(), now);
        return Optional.of(new Batch(to.get(), ids, mails.details(ids), attempt));
    }
}
