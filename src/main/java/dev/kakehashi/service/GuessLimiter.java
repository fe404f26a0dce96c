package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.LoginFailureRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The brake on password guessing, shared by the login form and the password-change form. A guess
 * is reserved (a committed row) before the password is checked, then counted: since every guess
 * commits its row before it counts, the k-th of any number of concurrent guesses sees at least k
 * rows, so no more than the limit are ever checked, on one node or many.
 *
 * <p>A stranger cannot lock an owner out everywhere: the tight limit is per (account, address);
 * an address that keeps guessing stays locked, but its refused guesses do not count towards the
 * looser limit per account across all addresses.
 */
public final class GuessLimiter {
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** How many guesses a window allows per (key, address), per address, and per key overall. */
    public record Limits(int perKeyAndAddress, int perAddress, int perKey) {}

    /** A reserved guess. */
    public record Ticket(long id, String key, String address) {}

    private final Transactions tx;
    private final LoginFailureRepository guesses;
    private final Clock clock;

    public GuessLimiter(Transactions tx, LoginFailureRepository guesses, Clock clock) {
        this.tx = tx;
        this.guesses = guesses;
        this.clock = clock;
    }

    /**
     * Reserves one guess at {@code key} from {@code address}.
     *
     * @throws ServiceException 429 when a limit is reached (the guess stays recorded as refused)
     */
    public Ticket reserve(String key, String address, Limits limits, String refusal) {
        String from = address == null ? "" : address;
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        long id = tx.call(() -> guesses.reserve(key, from, now));
        boolean over = tx.call(() -> guesses.countForKeyAndIpSince(key, from, since) > limits.perKeyAndAddress()
                || guesses.countForIpSince(from, since) > limits.perAddress()
                || guesses.countCheckedForKeySince(key, since) > limits.perKey());
        if (over) {
            tx.run(() -> guesses.markRefused(id));
            throw ServiceException.tooManyRequests(refusal);
        }
        return new Ticket(id, key, from);
    }

    /** The password was right: this address starts afresh for this key. */
    public void succeeded(Ticket ticket) {
        tx.run(() -> guesses.clear(ticket.key(), ticket.address()));
    }

    /** The password was never checked (the server was busy): the guess does not count. */
    public void notChecked(Ticket ticket) {
        tx.run(() -> guesses.remove(ticket.id()));
    }

    /** Drops guesses older than the window; run by a periodic job. */
    public int sweep() {
        return tx.call(() -> guesses.removeOlderThan(clock.instant().minus(WINDOW)));
    }
}
