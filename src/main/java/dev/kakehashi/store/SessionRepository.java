package dev.kakehashi.store;

import dev.kakehashi.domain.WebSession;
import java.time.Instant;
import java.util.List;
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

    /** The account's signed-in sessions, most recently used first. */
    public List<WebSession> activeOf(long accountId, Instant now) {
        return tx.session()
                .createSelectionQuery(
                        "from WebSession where accountId = :a and secondFactorPending = false and expiresAt > :now"
                                + " order by coalesce(lastSeenAt, createdAt) desc",
                        WebSession.class)
                .setParameter("a", accountId)
                .setParameter("now", now)
                .getResultList();
    }

    /** Notes that the session was used, at most once per {@code since} so most requests write nothing. */
    public void touch(String tokenHash, Instant now, Instant since) {
        tx.session()
                .createMutationQuery("update WebSession set lastSeenAt = :now where tokenHash = :h"
                        + " and (lastSeenAt is null or lastSeenAt < :since)")
                .setParameter("now", now)
                .setParameter("h", tokenHash)
                .setParameter("since", since)
                .executeUpdate();
    }

    /** Clears and answers the session's WebAuthn challenge; null when none (or another request took it). */
    public String takeChallenge(String tokenHash) {
        String c = byTokenHash(tokenHash).map(WebSession::webauthnChallenge).orElse(null);
        if (c == null) {
            return null;
        }
        int taken = tx.session()
                .createMutationQuery("update WebSession set webauthnChallenge = null where tokenHash = :h"
                        + " and webauthnChallenge = :c")
                .setParameter("h", tokenHash)
                .setParameter("c", c)
                .executeUpdate();
        return taken == 1 ? c : null;
    }

    public int removeExpired(Instant now) {
        return tx.session()
                .createMutationQuery("delete from WebSession where expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
