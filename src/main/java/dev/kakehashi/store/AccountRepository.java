package dev.kakehashi.store;

import dev.kakehashi.domain.Account;
import java.util.List;
import java.util.Optional;

/** Local author accounts. */
public final class AccountRepository {
    private final Transactions tx;

    public AccountRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(Account account) {
        tx.session().persist(account);
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(tx.session().get(Account.class, id));
    }

    public Optional<Account> byUsername(String username) {
        return tx.session()
                .createSelectionQuery("from Account where username = :u", Account.class)
                .setParameter("u", username.toLowerCase(java.util.Locale.ROOT))
                .uniqueResultOptional();
    }

    public Optional<Account> byEmail(String email) {
        return tx.session()
                .createSelectionQuery("from Account where email = :e", Account.class)
                .setParameter("e", email.toLowerCase(java.util.Locale.ROOT))
                .uniqueResultOptional();
    }

    public List<Account> all() {
        return tx.session()
                .createSelectionQuery("from Account order by id", Account.class)
                .getResultList();
    }

    public long count() {
        return tx.session()
                .createSelectionQuery("select count(*) from Account", Long.class)
                .getSingleResult();
    }

    public long countAdmins() {
        return tx.session()
                .createSelectionQuery(
                        "select count(*) from Account where role = dev.kakehashi.domain.Role.ADMIN", Long.class)
                .getSingleResult();
    }

    public void remove(Account account) {
        tx.session().remove(account);
    }
}
