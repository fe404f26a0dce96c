package dev.kakehashi.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The private notes authors keep on accounts (the account_note table), one per author and account. */
public final class AccountNoteRepository {
    private final Transactions tx;

    public AccountNoteRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Replaces the author's note on {@code targetId}; a blank comment removes it. */
    public void set(long accountId, long targetId, String comment, Instant now) {
        tx.session()
                .createNativeMutationQuery("delete from account_note where account_id = :a and target_id = :t")
                .setParameter("a", accountId)
                .setParameter("t", targetId)
                .executeUpdate();
        if (comment.isBlank()) {
            return;
        }
        tx.session()
                .createNativeMutationQuery("insert into account_note (account_id, target_id, comment, updated_at)"
                        + " values (:a, :t, :c, :now)")
                .setParameter("a", accountId)
                .setParameter("t", targetId)
                .setParameter("c", comment)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The author's notes on these accounts, by account id (accounts without one are absent). */
    public Map<Long, String> of(long accountId, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        record Note(long target, String comment) {}
        List<Note> notes = Rows.listIn(
                tx.session(),
                "select target_id, comment from account_note where account_id = :a and target_id in (:t)",
                "t",
                targetIds,
                q -> q.setParameter("a", accountId),
                r -> new Note(r.lng("target_id"), r.str("comment")));
        return notes.stream().collect(Collectors.toMap(Note::target, Note::comment));
    }
}
