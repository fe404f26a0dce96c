package dev.kakehashi.store;

import java.time.Instant;
import java.util.Optional;

/** What each author wants e-mailed (the email_preference table); no row means the defaults. */
public final class EmailPreferenceRepository {
    /** One author's choices. */
    public record Choices(boolean followers, boolean replies, boolean mentions) {
        /** Followers and replies on, mentions off: what an author who never chose gets. */
        public static final Choices DEFAULT = new Choices(true, true, false);
    }

    private final Transactions tx;

    public EmailPreferenceRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<Choices> find(long accountId) {
        return Rows.first(
                tx.session(),
                "select followers, replies, mentions from email_preference where account_id = :a",
                q -> q.setParameter("a", accountId),
                r -> new Choices(r.bool("followers"), r.bool("replies"), r.bool("mentions")));
    }

    public void put(long accountId, Choices choices, Instant now) {
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
