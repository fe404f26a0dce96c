package dev.kakehashi.store;

import dev.kakehashi.domain.WebSession;
import java.time.Instant;
import java.util.Optional;

/** Logged-in browser sessions. */
public final class SessionRepository {
    private final Transactions tx;

    public SessionRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(WebSession session) {
        tx.session().persist(session);
    }

    public Optional<WebSession> byTokenHash(String tokenHash) {
        return Optional.ofNullable(tx.session().get(WebSession.class, tokenHash));
    }

    public void remove(String tokenHash) {
        tx.session()
                .createMutationQuery("delete from WebSession where tokenHash = :h")
                .setParameter("h", tokenHash)
                .executeUpdate();
    }

    public void removeAllOf(long accountId) {
        tx.session()
                .createMutationQuery("delete from WebSession where accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** Logs out every other browser of the account, keeping the one that asked. */
    public void removeAllOfExcept(long accountId, String keepTokenHash) {
        tx.session()
                .createMutationQuery("delete from WebSession where accountId = :a and tokenHash <> :keep")
                .setParameter("a", accountId)
                .setParameter("keep", keepTokenHash == null ? "" : keepTokenHash)
                .executeUpdate();
    }

    public int removeExpired(Instant now) {
        return tx.session()
                .createMutationQuery("delete from WebSession where expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
