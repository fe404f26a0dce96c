package dev.kakehashi.store;

import dev.kakehashi.domain.Passkey;
import java.util.List;
import java.util.Optional;

/** The passkeys authors registered. */
public final class PasskeyRepository {
    private final Transactions tx;

    public PasskeyRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(Passkey passkey) {
        tx.session().persist(passkey);
    }

    public List<Passkey> ofAccount(long accountId) {
        return tx.session()
                .createSelectionQuery("from Passkey where accountId = :a order by createdAt", Passkey.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    public Optional<Passkey> byCredentialId(String credentialId) {
        return tx.session()
                .createSelectionQuery("from Passkey where credentialId = :c", Passkey.class)
                .setParameter("c", credentialId)
                .getResultStream()
                .findFirst();
    }

    /** Removes the passkey if it belongs to the account; false if there was none. */
    public boolean remove(long accountId, long id) {
        return tx.session()
                        .createMutationQuery("delete from Passkey where accountId = :a and id = :id")
                        .setParameter("a", accountId)
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }
}
