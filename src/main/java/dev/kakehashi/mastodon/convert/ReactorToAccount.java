package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.LocalUrl;

/**
 * Whoever reacted to a post, by actor id, as an {@code Account}: one of the blog's authors (their
 * favourite of a blog post, made from an app) as their local account, a cached remote actor as
 * itself, anyone else as an account made from the id alone.
 */
public final class ReactorToAccount {
    private final Links links;
    private final AccountQueries accounts;
    private final LocalAccountStats stats;
    private final AccountToEntity toEntity;

    public ReactorToAccount(Links links, AccountQueries accounts, LocalAccountStats stats, AccountToEntity toEntity) {
        this.links = links;
        this.accounts = accounts;
        this.stats = stats;
        this.toEntity = toEntity;
    }

    /** @param cached the remote actor stored for {@code actorUri}, or null */
    public AccountEntity convert(String actorUri, RemoteActor cached) {
        if (cached != null) {
            return toEntity.remote(cached);
        }
        return links.local(actorUri)
                .flatMap(LocalUrl::authorId)
                .flatMap(id -> accounts.local(id, a -> toEntity.local(a, stats.of(a.id()))))
                .orElseGet(() -> toEntity.unknownRemote(actorUri));
    }
}
