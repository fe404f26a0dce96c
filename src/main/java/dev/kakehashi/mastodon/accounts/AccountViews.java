package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.AccountTarget;
import dev.kakehashi.service.LocalAccountStats;

/** Accounts of the relations API as entities, and the ids those resources read. */
public final class AccountViews {
    private final AccountToEntity toEntity;
    private final LocalAccountStats stats;

    public AccountViews(AccountToEntity toEntity, LocalAccountStats stats) {
        this.toEntity = toEntity;
        this.stats = stats;
    }

    public AccountEntity of(AccountTarget t) {
        return t.isRemote()
                ? toEntity.remote(t.remote())
                : toEntity.local(t.local(), stats.of(t.local().id()));
    }

    /** An account id from the path; 404 for anything that is not one. */
    static long id(String id) {
        try {
            long n = Long.parseLong(id.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // the 404 below
        }
        throw MastodonErrors.notFound();
    }
}
