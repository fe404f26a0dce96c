package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Accounts as Mastodon entities, one method per source: {@link #local} for an author of this blog
 * (with {@link #credential} adding the {@code source} of one's own account). Remote actors get
 * their own method here.
 */
public final class AccountToEntity {
    private final Links links;

    public AccountToEntity(Links links) {
        this.links = links;
    }

    /** A local author: {@code acct} is the bare username. */
    public AccountEntity local(Account a, LocalAccountStats.Stats stats) {
        String avatar = a.avatar() == null
                ? links.base() + "/assets/avatar-missing.png"
                : links.media(a.avatar().fileName());
        String header = links.base() + "/assets/header-missing.png";
        return new AccountEntity(
                Long.toString(a.id()),
                a.username(),
                a.username(),
                links.author(a.username()),
                links.authorActor(a.id()),
                a.displayName(),
                noteHtml(a.bio()),
                avatar,
                avatar,
                header,
                header,
                false,
                false,
                false,
                true,
                true,
                false,
                false,
                // Mastodon shows the day an account was made, at midnight.
                MastodonTime.datetime(a.createdAt().truncatedTo(ChronoUnit.DAYS)),
                MastodonTime.date(stats.lastStatusAt()),
                stats.statuses(),
                stats.followers(),
                stats.following(),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    /** One's own account, with what one typed ({@code source}). */
    public AccountEntity credential(Account a, LocalAccountStats.Stats stats) {
        return local(a, stats)
                .withSource(new AccountEntity.Source(
                        "public", false, null, a.bio(), List.of(), 0, false, true, true, List.of()));
    }

    /** The bio as the blog shows it: escaped text in a paragraph, line breaks kept. */
    static String noteHtml(String bio) {
        return bio == null || bio.isEmpty() ? "" : "<p>" + Entities.escape(bio).replace("\n", "<br>") + "</p>";
    }
}
