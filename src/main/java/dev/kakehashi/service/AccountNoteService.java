package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountNoteRepository;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * An author's private note on an account (Mastodon's {@code POST /api/v1/accounts/:id/note}): seen
 * by that author alone, as the relationship's {@code note}; an empty comment removes it.
 */
public final class AccountNoteService {
    /** Mastodon's limit on a note. */
    public static final int MAX_LENGTH = 2000;

    private final Transactions tx;
    private final AccountNoteRepository notes;
    private final AccountRepository accounts;
    private final RemoteActorRepository actors;
    private final Clock clock;

    public AccountNoteService(
            Transactions tx,
            AccountNoteRepository notes,
            AccountRepository accounts,
            RemoteActorRepository actors,
            Clock clock) {
        this.tx = tx;
        this.notes = notes;
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    /** Sets the note; 404 when {@code id} names no account, 422 past {@link #MAX_LENGTH} characters. */
    public void set(long accountId, long id, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw InvalidInputException.of("comment", "is too long (maximum is " + MAX_LENGTH + " characters)");
        }
        tx.run(() -> {
            if (accounts.byId(id).isEmpty() && actors.byId(id).isEmpty()) {
                throw ServiceException.notFound("Account");
            }
            notes.set(accountId, id, text, clock.instant());
        });
    }
}
