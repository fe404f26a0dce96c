package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.event.AccountCreated;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.Passwords;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The account a WordPress author's posts go to: the one with the same login, or a new author whose
 * password is {@link Passwords#UNUSABLE}, which no password matches (they set one through the
 * password-reset link); storing it costs no hash, so an import never competes with log-ins for the
 * hashing gate.
 */
final class WpAuthors {

    static final String AUTHOR = "AUTHOR";

    private final Transactions tx;
    private final AccountRepository accounts;
    private final WpImportRepository map;
    private final EventBus events;
    private final Clock clock;

    WpAuthors(Transactions tx, AccountRepository accounts, WpImportRepository map, EventBus events, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.map = map;
        this.events = events;
        this.clock = clock;
    }

    /** Inside the caller's transaction. */
    Account forLogin(String login, List<WxrAuthor> known, LongSupplier fallbackAccountId) {
        String username = username(login);
        if (username.isEmpty()) {
            return accounts.byId(fallbackAccountId.getAsLong()).orElseThrow();
        }
        WxrAuthor a = known.stream()
                .filter(k -> k.login().equals(login))
                .findFirst()
                .orElse(new WxrAuthor(0, login, "", login));
        Account account = accounts.byUsername(username).orElseGet(() -> create(a, login, username));
        if (a.id() > 0 && !map.mapped(AUTHOR, a.id())) {
            // The ActivityPub plugin's actor was /?author=ID: that address finds this account.
            map.map(AUTHOR, a.id(), account.id(), null, null);
        }
        return account;
    }

    private Account create(WxrAuthor a, String login, String username) {
        String email = a.email().isBlank() || accounts.byEmail(a.email()).isPresent()
                ? username + "@wordpress.invalid"
                : a.email();
        String name = a.displayName().isBlank() ? login : a.displayName();
        Account account = new Account(
                Snowflake.next(),
                username,
                email,
                name.length() > 100 ? name.substring(0, 100) : name,
                Role.AUTHOR,
                Passwords.UNUSABLE,
                clock.instant());
        accounts.add(account);
        events.raise(tx, new AccountCreated(account.id(), account.username()));
        return account;
    }

    /** A WordPress login in Kakehashi's username alphabet (letters, digits, _ . -), at most 30 long. */
    static String username(String login) {
        String u = login.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "_");
        u = u.replaceAll("^[.-]+|[.-]+$", "");
        return u.length() > 30 ? u.substring(0, 30).replaceAll("[.-]+$", "") : u;
    }
}
