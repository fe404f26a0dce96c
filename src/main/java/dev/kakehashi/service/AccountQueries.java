package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;
import java.util.function.Function;

/** Accounts as the Mastodon API names them: local authors and the remote actors the blog knows. */
public final class AccountQueries {
    private final Transactions tx;
    private final AccountRepository accounts;
    private final RemoteActorRepository actors;

    public AccountQueries(Transactions tx, AccountRepository accounts, RemoteActorRepository actors) {
        this.tx = tx;
        this.accounts = accounts;
        this.actors = actors;
    }

    /** The local author with this id, mapped inside the unit of work. */
    public <T> Optional<T> local(long id, Function<Account, T> view) {
        return tx.call(() -> accounts.byId(id).map(view));
    }

    public <T> Optional<T> local(String username, Function<Account, T> view) {
        return tx.call(() -> accounts.byUsername(username).map(view));
    }

    public Optional<RemoteActor> remote(long id) {
        return tx.call(() -> actors.byId(id));
    }

    /** The cached remote actor with this actor id. */
    public Optional<RemoteActor> remoteByUri(String uri) {
        return tx.call(() -> actors.byUri(uri));
    }

    /** The cached remote actors among {@code uris}, by uri, in one query. */
    public java.util.Map<String, RemoteActor> remotesByUris(java.util.Collection<String> uris) {
        return tx.call(() -> actors.byUris(uris).stream()
                .collect(java.util.stream.Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a)));
    }

    public Optional<RemoteActor> remote(String user, String host) {
        return tx.call(() -> actors.byAcct(user, host));
    }
}
