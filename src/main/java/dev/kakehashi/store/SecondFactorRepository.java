package dev.kakehashi.store;

import dev.kakehashi.domain.RecoveryCode;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Authenticator-app secrets, recovery codes and wrong second-factor codes (to brake guessing). */
public final class SecondFactorRepository {
    private final Transactions tx;

    public SecondFactorRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<TotpSecret> totp(long accountId) {
        return Optional.ofNullable(tx.session().get(TotpSecret.class, accountId));
    }

    /** Every account's authenticator-app secret (a handful: one per author at most). */
    public List<TotpSecret> allTotp() {
        return tx.session()
                .createSelectionQuery("from TotpSecret order by accountId", TotpSecret.class)
                .getResultList();
    }

    /** Replaces the account's secret; the old one may already be loaded in this unit of work. */
    public void putTotp(TotpSecret secret) {
        TotpSecret old = tx.session().get(TotpSecret.class, secret.accountId());
        if (old != null) {
            tx.session().remove(old);
            tx.session().flush();
        }
        tx.session().persist(secret);
    }

    public void removeTotp(long accountId) {
        tx.session()
                .createMutationQuery("delete from TotpSecret where accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /**
     * Moves the last accepted time step forward to {@code step}; false when that step or a later
     * one was already accepted (a replay, even by a request running at the same moment).
     */
    public boolean advanceStep(long accountId, long step) {
        return tx.session()
                        .createMutationQuery(
                                "update TotpSecret set lastStep = :s where accountId = :a and lastStep < :s")
                        .setParameter("s", step)
                        .setParameter("a", accountId)
                        .executeUpdate()
                == 1;
    }

    /** Marks a recovery code used; false when it already was. */
    public boolean useRecoveryCode(long id, Instant now) {
        return tx.session()
                        .createMutationQuery("update RecoveryCode set usedAt = :now where id = :id and usedAt is null")
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    public List<RecoveryCode> recoveryCodes(long accountId) {
        return tx.session()
                .createSelectionQuery("from RecoveryCode where accountId = :a", RecoveryCode.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** Replaces every recovery code of the account by these hashes. */
    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        removeRecoveryCodes(accountId);
        for (String h : hashes) {
            tx.session().persist(new RecoveryCode(Snowflake.next(), accountId, h));
        }
    }

    public void removeRecoveryCodes(long accountId) {
        tx.session()
                .createMutationQuery("delete from RecoveryCode where accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    public void recordFailure(long accountId, Instant at) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into second_factor_failure (id, account_id, failed_at) values (:id, :a, :at)")
                .setParameter("id", Snowflake.next())
                .setParameter("a", accountId)
                .setParameter("at", at)
                .executeUpdate();
    }

    public long failuresSince(long accountId, Instant since) {
        Number n = (Number) tx.session()
                .createNativeQuery(
                        "select count(*) from second_factor_failure where account_id = :a and failed_at >= :t")
                .setParameter("a", accountId)
                .setParameter("t", since)
                .getSingleResult();
        return n.longValue();
    }

    public void clearFailures(long accountId) {
        tx.session()
                .createNativeMutationQuery("delete from second_factor_failure where account_id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    public int removeFailuresOlderThan(Instant before) {
        return tx.session()
                .createNativeMutationQuery("delete from second_factor_failure where failed_at < :t")
                .setParameter("t", before)
                .executeUpdate();
    }
}
