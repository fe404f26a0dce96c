package dev.kakehashi.service;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.EndorsementRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The accounts an author features on their profile (Mastodon's endorsements, once "account pins").
 * As on Mastodon, only an account the author follows (accepted) can be endorsed, and unfollowing it
 * ends the endorsement.
 */
public final class EndorsementService {
    static final String NOT_FOLLOWED = "You must be already following the person you want to endorse";

    private final Transactions tx;
    private final EndorsementRepository endorsements;
    private final FollowingRepository following;
    private final RemoteActorRepository actors;
    private final AccountRepository accounts;
    private final Clock clock;

    public EndorsementService(
            Transactions tx,
            EndorsementRepository endorsements,
            FollowingRepository following,
            RemoteActorRepository actors,
            AccountRepository accounts,
            Clock clock) {
        this.tx = tx;
        this.endorsements = endorsements;
        this.following = following;
        this.actors = actors;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Endorses the account {@code id}; 404 when it names none, 422 when the author does not follow it. */
    public void endorse(long accountId, long id) {
        tx.run(() -> {
            RemoteActor a = actors.byId(id).orElse(null);
            if (a == null) {
                accounts.byId(id).orElseThrow(() -> ServiceException.notFound("Account"));
                throw InvalidInputException.of("account", NOT_FOLLOWED);
            }
            boolean follows = following
                    .find(AccountRelations.key(accountId), a.uri())
                    .filter(f -> f.state() == FollowState.ACCEPTED)
                    .isPresent();
            if (!follows) {
                throw InvalidInputException.of("account", NOT_FOLLOWED);
            }
            if (endorsements.endorsed(accountId, List.of(id)).isEmpty()) {
                endorsements.add(accountId, id, clock.instant());
            }
        });
    }

    /** Ends the endorsement of {@code id}, if any; 404 when it names no account. */
    public void unendorse(long accountId, long id) {
        tx.run(() -> {
            if (actors.byId(id).isEmpty() && accounts.byId(id).isEmpty()) {
                throw ServiceException.notFound("Account");
            }
            endorsements.remove(accountId, id);
        });
    }

    /**
     * One page of the accounts {@code accountId} endorses, by endorsement row, newest first (or
     * upwards from min_id); a remote account's endorsements are not known here, so none.
     */
    public <T> T endorsed(long accountId, IdRange range, Function<List<AccountRelations.Listed>, T> view) {
        return tx.read(() -> {
            if (accounts.byId(accountId).isEmpty()) {
                actors.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
                return view.apply(List.of());
            }
            List<EndorsementRepository.Edge> page = endorsements.page(accountId, range);
            List<AccountRelations.Listed> out = new ArrayList<>();
            for (EndorsementRepository.Edge e : page) {
                actors.byId(e.targetId())
                        .ifPresent(a -> out.add(new AccountRelations.Listed(e.id(), AccountTarget.of(a))));
            }
            return view.apply(out);
        });
    }
}
