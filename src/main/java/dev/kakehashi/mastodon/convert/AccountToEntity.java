package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.RemoteActor;
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
    private final java.util.function.BooleanSupplier locked;
    private final java.util.function.Function<String, java.util.Optional<RemoteActor>> actors;

    /**
     * @param locked whether the blog approves followers by hand, so its authors are {@code locked}
     * @param actors the remote actor cache by actor URI, for the account a moved author went to
     */
    public AccountToEntity(
            Links links,
            java.util.function.BooleanSupplier locked,
            java.util.function.Function<String, java.util.Optional<RemoteActor>> actors) {
        this.links = links;
        this.locked = locked;
        this.actors = actors;
    }

    public AccountToEntity(Links links, java.util.function.BooleanSupplier locked) {
        this(links, locked, uri -> java.util.Optional.empty());
    }

    public AccountToEntity(Links links) {
        this(links, () -> false);
    }

    /** A local author: {@code acct} is the bare username; {@code moved} their new account, if they moved. */
    public AccountEntity local(Account a, LocalAccountStats.Stats stats) {
        AccountEntity entity = stay(a, stats);
        return a.movedTo() == null
                ? entity
                : entity.movedTo(
                        actors.apply(a.movedTo()).map(this::remote).orElseGet(() -> unknownRemote(a.movedTo())));
    }

    private AccountEntity stay(Account a, LocalAccountStats.Stats stats) {
        String avatar = a.avatar() == null
                ? links.missingAvatar()
                : links.media(a.avatar().fileName());
        String header = a.header() == null
                ? links.missingHeader()
                : links.media(a.header().fileName());
        return AccountEntity.builder(Long.toString(a.id()), a.username(), a.username())
                .url(links.author(a.username()))
                .uri(links.authorActor(a.id()))
                .displayName(a.displayName())
                .note(noteHtml(a.bio()))
                .avatar(avatar)
                .header(header)
                .locked(locked.getAsBoolean())
                .bot(a.bot())
                .discoverable(a.discoverable())
                .indexable(a.discoverable())
                // Mastodon shows the day an account was made, at midnight.
                .createdAt(MastodonTime.datetime(a.createdAt().truncatedTo(ChronoUnit.DAYS)))
                .lastStatusAt(MastodonTime.date(stats.lastStatusAt()))
                .counts(stats.statuses(), stats.followers(), stats.following())
                .fields(ProfileFields.html(a.fields()))
                .build();
    }

    /**
     * An actor from elsewhere, as the remote actor cache knows it: {@code acct} is {@code
     * user@host}; the counts are unknown here and shown as zero.
     */
    public AccountEntity remote(RemoteActor a) {
        String avatar = a.iconUrl() == null ? links.missingAvatar() : a.iconUrl();
        String name = a.name() == null || a.name().isBlank() ? a.preferredUsername() : a.name();
        return AccountEntity.builder(
                        Long.toString(a.id()), a.preferredUsername(), a.preferredUsername() + "@" + a.host())
                .url(a.url() != null ? a.url() : a.uri())
                .uri(a.uri())
                .displayName(name)
                .note(a.summaryHtml() == null ? "" : a.summaryHtml())
                .avatar(avatar)
                .header(links.missingHeader())
                .locked(a.manuallyApproves())
                .bot("Service".equals(a.type()) || "Application".equals(a.type()))
                .group("Group".equals(a.type()))
                .discoverable(true)
                .createdAt(MastodonTime.datetime(a.fetchedAt().truncatedTo(ChronoUnit.DAYS)))
                .build();
    }

    /**
     * An author the actor cache does not know (yet), named by the actor URI so that a status still
     * has an account; its id is "0", which names no account here.
     */
    public AccountEntity unknownRemote(String actorUri) {
        java.net.URI uri = java.net.URI.create(actorUri);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String user = path.substring(path.lastIndexOf('/') + 1);
        user = user.isEmpty() ? uri.getHost() : user;
        return AccountEntity.builder("0", user, user + "@" + uri.getRawAuthority())
                .url(actorUri)
                .uri(actorUri)
                .displayName(user)
                .avatar(links.missingAvatar())
                .header(links.missingHeader())
                .build();
    }

    /** One's own account, with what one typed ({@code source}). */
    public AccountEntity credential(Account a, LocalAccountStats.Stats stats) {
        return local(a, stats)
                .withSource(new AccountEntity.Source(
                        a.defaultVisibility().wireName(),
                        a.defaultSensitive(),
                        a.defaultLanguage(),
                        a.bio(),
                        ProfileFields.typed(a.fields()),
                        0,
                        false,
                        a.discoverable(),
                        a.discoverable(),
                        List.of()));
    }

    /** The bio as the blog shows it: escaped text in a paragraph, line breaks kept. */
    static String noteHtml(String bio) {
        return bio == null || bio.isEmpty() ? "" : "<p>" + Entities.escape(bio).replace("\n", "<br>") + "</p>";
    }
}
