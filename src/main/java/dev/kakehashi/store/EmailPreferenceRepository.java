package dev.kakehashi.store;

import dev.kakehashi.domain.EmailChoices;
import java.time.Instant;
import java.util.Optional;

/** What each author wants e-mailed (the email_preference table); no row means the defaults. */
public final class EmailPreferenceRepository {
    private final Transactions tx;

    public EmailPreferenceRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<EmailChoices> find(long accountId) {
        return Rows.first(
                tx.session(),
                "select followers, replies, mentions from email_preference where account_id = :a",
                q -> q.setParameter("a", accountId),
                r -> new EmailChoices(r.bool("followers"), r.bool("replies"), r.bool("mentions")));
    }

    public void put(long accountId, EmailChoices choices, Instant now) {
        int updated = tx.session()
                .createNativeMutationQuery("update email_preference set followers = :f, replies = :r, mentions = :m,"
                        + " updated_at = :now where account_id = :a")
                .setParameter("f", choices.followers())
                .setParameter("r", choices.replies())
                .setParameter("m", choices.mentions())
                .setParameter("now", now)
                .setParameter("a", accountId)
                .executeUpdate();
        if (updated == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into email_preference (account_id, followers, replies, mentions,"
                            + " updated_at) values (:a, :f, :r, :m, :now)")
                    .setParameter("a", accountId)
                    .setParameter("f", choices.followers())
                    .setParameter("r", choices.replies())
                    .setParameter("m", choices.mentions())
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }
}
