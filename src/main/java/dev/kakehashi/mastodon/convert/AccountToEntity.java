package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;
import java.util.List;
import org.jsoup.nodes.Entities;

/** A local author as a Mastodon {@code Account}: {@code acct} is the bare username. */
public final class AccountToEntity {
    private final Links links;

    public AccountToEntity(Links links) {
        this.links = links;
    }

    public AccountEntity convert(Account a) {
        String avatar = a.avatar() == null
                ? links.missingAvatar()
                : links.media(a.avatar().fileName());
        String bio = a.bio() == null || a.bio().isBlank() ? "" : "<p>" + Entities.escape(a.bio()) + "</p>";
        return new AccountEntity(
                Long.toString(a.id()),
                a.username(),
                a.username(),
                links.author(a.username()),
                links.actor(a.id()),
                a.displayName(),
                bio,
                avatar,
                avatar,
                links.missingHeader(),
                links.missingHeader(),
                false,
                false,
                false,
                true,
                true,
                MastodonTime.datetime(a.createdAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS)),
                null,
                0,
                0,
                0,
                List.of(),
                List.of(),
                false,
                false);
    }
}
