package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.RemoteActor;

/**
 * An account as the Mastodon API names it by id: one of the blog's authors or a remote actor the
 * blog knows (exactly one of the two is set).
 */
public record AccountTarget(Account local, RemoteActor remote) {
    public static AccountTarget of(Account a) {
        return new AccountTarget(a, null);
    }

    public static AccountTarget of(RemoteActor a) {
        return new AccountTarget(null, a);
    }

    public boolean isRemote() {
        return remote != null;
    }

    public long id() {
        return remote != null ? remote.id() : local.id();
    }
}
