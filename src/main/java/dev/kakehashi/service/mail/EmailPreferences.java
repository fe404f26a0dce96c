package dev.kakehashi.service.mail;

import dev.kakehashi.domain.EmailChoices;
import dev.kakehashi.store.EmailPreferenceRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/** Each author's choice of what is e-mailed to them: new followers, replies, mentions. */
public final class EmailPreferences {
    private final Transactions tx;
    private final EmailPreferenceRepository repo;
    private final boolean mailConfigured;
    private final Clock clock;

    /** @param mailConfigured whether an SMTP server is set, so that anything is sent at all */
    public EmailPreferences(Transactions tx, EmailPreferenceRepository repo, boolean mailConfigured, Clock clock) {
        this.tx = tx;
        this.repo = repo;
        this.mailConfigured = mailConfigured;
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return mailConfigured;
    }

    /** The author's choices, or the defaults (followers and replies) when they never chose. */
    public EmailChoices of(long accountId) {
        return tx.call(() -> repo.find(accountId).orElse(EmailChoices.DEFAULT));
    }

    public void save(long accountId, EmailChoices choices) {
        tx.run(() -> repo.put(accountId, choices, clock.instant()));
    }
}
