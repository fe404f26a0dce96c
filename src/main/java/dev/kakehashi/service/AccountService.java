package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.event.AccountCreated;
import dev.kakehashi.domain.event.AccountUpdated;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** First-run set-up, authors and their profiles. */
public final class AccountService {
    /** Mastodon's username format, so handles federate unchanged. */
    public static final Pattern USERNAME =
            Pattern.compile("[a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?", Pattern.CASE_INSENSITIVE);

    public static final int USERNAME_MAX = 30;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int BIO_MAX = 1000;
    /** 5 wrong current passwords per account (from anywhere) in 15 minutes. */
    static final GuessLimiter.Limits PASSWORD_LIMITS = new GuessLimiter.Limits(5, 20, 5);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@localhost");
    /** Names that would clash with paths or confuse readers. */
    private static final Set<String> RESERVED = Set.of(
            "setup",
            "login",
            "logout",
            "api",
            "media",
            "theme",
            "themes",
            "assets",
            "inbox",
            "outbox",
            "actor",
            "users",
            "posts",
            "articles",
            "tags",
            "archive",
            "feed",
            "nodeinfo",
            "well-known",
            "health",
            "metrics",
            "oauth",
            "root",
            "webmaster",
            "postmaster",
            "abuse",
            "kakehashi");

    private final Transactions tx;
    private final AccountRepository accounts;
    private final MediaRepository media;
    private final SessionRepository sessions;
    private final SiteService site;
    private final EventBus events;
    private final GuessLimiter guesses;
    private final Clock clock;

    public AccountService(
            Transactions tx,
            AccountRepository accounts,
            MediaRepository media,
            SessionRepository sessions,
            SiteService site,
            EventBus events,
            GuessLimiter guesses,
            Clock clock) {
        this.guesses = guesses;
        this.tx = tx;
        this.accounts = accounts;
        this.media = media;
        this.sessions = sessions;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    /** True until the first account exists: every page then leads to {@code /setup}. */
    public boolean needsSetup() {
        return tx.call(accounts::count) == 0;
    }

    /** The WordPress-style install: blog title and the first admin, only while there is no account. */
    public Account setUp(String blogTitle, String username, String email, String password) {
        Validator v = new Validator();
        v.text("title", "Blog title", blogTitle, true, SiteSettings.TITLE_MAX);
        NewAccount n = checkNew(v, username, email, username, password);
        v.throwIfInvalid();
        return tx.call(() -> {
            if (accounts.count() > 0) {
                throw ServiceException.conflict("Kakehashi is already set up");
            }
            site.setTitle(blogTitle);
            return insert(n, Role.ADMIN);
        });
    }

    /** Creates the admin named in the settings when no account exists yet (headless set-up). */
    public void ensureFirstAdmin(String username, String email, String password) {
        tx.run(() -> {
            if (accounts.count() == 0) {
                Validator v = new Validator();
                NewAccount n = checkNew(v, username, email, username, password);
                v.throwIfInvalid();
                insert(n, Role.ADMIN);
            }
        });
    }

    /** An admin adds an author (or another admin). */
    public Account create(long actorId, String username, String email, String displayName, String password, Role role) {
        Validator v = new Validator();
        NewAccount n = checkNew(v, username, email, displayName, password);
        v.check(role != null, "role", "Role is required");
        v.throwIfInvalid();
        return tx.call(() -> {
            requireAdmin(actorId);
            return insert(n, role);
        });
    }

    public Account byId(long id) {
        return tx.call(() -> accounts.byId(id).orElseThrow(() -> ServiceException.notFound("Account")));
    }

    /** Whether an author has this username (case-insensitive). */
    public boolean usernameTaken(String username) {
        return tx.call(() -> accounts.byUsername(username).isPresent());
    }

    public Account byUsername(String username) {
        return tx.call(() -> accounts.byUsername(username).orElseThrow(() -> ServiceException.notFound("Author")));
    }

    public List<Account> all() {
        return tx.call(accounts::all);
    }

    /** Every account mapped inside the unit of work, so views never touch a detached entity. */
    public <T> List<T> all(java.util.function.Function<Account, T> view) {
        return tx.call(() -> accounts.all().stream().map(view).toList());
    }

    /** One account mapped inside the unit of work. */
    public <T> T byId(long id, java.util.function.Function<Account, T> view) {
        return tx.call(() -> view.apply(accounts.byId(id).orElseThrow(() -> ServiceException.notFound("Account"))));
    }

    /** Changes one's own name, bio, e-mail and avatar ({@code avatarId} null keeps it). */
    public Account updateProfile(long accountId, String displayName, String bio, String email, Long avatarId) {
        Validator v = new Validator();
        String name = v.text("displayName", "Display name", displayName, true, DISPLAY_NAME_MAX);
        String b = v.text("bio", "Bio", bio, false, BIO_MAX);
        String mail = checkEmail(v, email);
        v.throwIfInvalid();
        return tx.call(() -> {
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            accounts.byEmail(mail).filter(other -> other.id() != accountId).ifPresent(other -> {
                throw InvalidInputException.of("email", "Another account uses this e-mail");
            });
            a.updateProfile(name, b, mail, clock.instant());
            if (avatarId != null) {
                Media m = media.byId(avatarId)
                        .filter(x -> x.ownerId() == accountId)
                        .orElseThrow(() -> InvalidInputException.of("avatar", "Unknown image"));
                a.changeAvatar(m, clock.instant());
            }
            events.raise(tx, new AccountUpdated(accountId));
            return a;
        });
    }

    /**
     * Changes one's own password after checking the current one. Every other session is logged
     * out; the session whose token hash is {@code keepTokenHash} stays (null: log out all).
     * Guesses at the current password are limited like logins (429 past the limit).
     */
    public void changePassword(long accountId, String current, String fresh, String keepTokenHash, String remoteIp) {
        Validator v = new Validator();
        checkPassword(v, "newPassword", fresh);
        v.throwIfInvalid();
        String currentHash = tx.call(() -> accounts.byId(accountId)
                .orElseThrow(() -> ServiceException.notFound("Account"))
                .passwordHash());
        GuessLimiter.Ticket guess = guesses.reserve(
                "password:" + accountId,
                remoteIp,
                PASSWORD_LIMITS,
                "Too many wrong current passwords. Try again in 15 minutes.");
        boolean ok;
        String newHash;
        try {
            ok = current != null && current.length() <= Passwords.MAX_LENGTH && Passwords.matches(current, currentHash);
            newHash = ok ? Passwords.hash(fresh) : null;
        } catch (OverloadedException e) {
            guesses.notChecked(guess);
            throw e;
        }
        if (!ok) {
            throw InvalidInputException.of("currentPassword", "The current password is wrong");
        }
        guesses.succeeded(guess);
        tx.run(() -> {
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            a.changePasswordHash(newHash, clock.instant());
            if (keepTokenHash == null) {
                sessions.removeAllOf(accountId);
            } else {
                sessions.removeAllOfExcept(accountId, keepTokenHash);
            }
            events.raise(tx, new dev.kakehashi.domain.event.PasswordChanged(accountId));
        });
    }

    /** An admin changes another account's role; the last admin cannot step down. */
    public void changeRole(long actorId, long accountId, Role role) {
        tx.run(() -> {
            requireAdmin(actorId);
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            if (a.isAdmin() && role != Role.ADMIN && accounts.countAdmins() <= 1) {
                throw ServiceException.conflict("The last admin cannot lose the admin role");
            }
            a.changeRole(role, clock.instant());
        });
    }

    private record NewAccount(String username, String email, String displayName, String password) {}

    private NewAccount checkNew(Validator v, String username, String email, String displayName, String password) {
        String u = v.text("username", "Username", username, true, USERNAME_MAX);
        if (!v.hasErrorFor("username")) {
            v.check(
                    USERNAME.matcher(u).matches(),
                    "username",
                    "Username may use letters, digits, _ . and - (not first or last)");
            v.check(!RESERVED.contains(u.toLowerCase(Locale.ROOT)), "username", "This username is reserved");
            // The blog actor answers to its handle on WebFinger, so no author may take it.
            v.check(
                    !u.equalsIgnoreCase(site.federation().blogHandle()),
                    "username",
                    "This username is the blog's fediverse handle");
        }
        String mail = checkEmail(v, email);
        String name = v.text("displayName", "Display name", displayName, true, DISPLAY_NAME_MAX);
        checkPassword(v, "password", password);
        if (!v.hasErrorFor("username")) {
            tx.run(() -> v.check(accounts.byUsername(u).isEmpty(), "username", "This username is taken"));
        }
        if (!v.hasErrorFor("email")) {
            tx.run(() -> v.check(accounts.byEmail(mail).isEmpty(), "email", "Another account uses this e-mail"));
        }
        return new NewAccount(u.toLowerCase(Locale.ROOT), mail, name, password);
    }

    private static String checkEmail(Validator v, String email) {
        String mail = v.text("email", "E-mail", email, true, 254).toLowerCase(Locale.ROOT);
        if (!v.hasErrorFor("email")) {
            v.check(EMAIL.matcher(mail).matches(), "email", "E-mail must look like name@example.com");
        }
        return mail;
    }

    private static void checkPassword(Validator v, String field, String password) {
        int length = password == null ? 0 : password.length();
        v.check(
                length >= Passwords.MIN_LENGTH,
                field,
                "Password must have at least " + Passwords.MIN_LENGTH + " characters");
        v.check(
                length <= Passwords.MAX_LENGTH,
                field,
                "Password must have at most " + Passwords.MAX_LENGTH + " characters");
    }

    private Account insert(NewAccount n, Role role) {
        Account a = new Account(
                Snowflake.next(),
                n.username(),
                n.email(),
                n.displayName(),
                role,
                Passwords.hash(n.password()),
                clock.instant());
        accounts.add(a);
        events.raise(tx, new AccountCreated(a.id(), a.username()));
        return a;
    }

    private void requireAdmin(long actorId) {
        Account actor = accounts.byId(actorId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
        if (!actor.isAdmin()) {
            throw ServiceException.forbidden("Only an admin can do this");
        }
    }
}
