package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;
import java.util.List;

/**
 * An actor from elsewhere, as the remote actor cache knows it, as a Mastodon {@code Account}:
 * {@code acct} is {@code user@host}. An actor not in the cache is still an account, named by its
 * URI, so a status always has one.
 */
public final class RemoteActorToAccount {
    private final Links links;

    public RemoteActorToAccount(Links links) {
        this.links = links;
    }

    /** An author the cache does not know (yet): named by the actor URI, with no account page here. */
    public AccountEntity unknown(String actorUri) {
        java.net.URI uri = java.net.URI.create(actorUri);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String user = path.substring(path.lastIndexOf('/') + 1);
        user = user.isEmpty() ? uri.getHost() : user;
        return new AccountEntity(
                "0",
                user,
                user + "@" + uri.getRawAuthority(),
                actorUri,
                actorUri,
                user,
                "",
                links.missingAvatar(),
                links.missingAvatar(),
                links.missingHeader(),
                links.missingHeader(),
                false,
                false,
                false,
                false,
                false,
                null,
                null,
                0,
                0,
                0,
                List.of(),
                List.of(),
                false,
                false);
    }

    public AccountEntity convert(RemoteActor a) {
        String avatar = a.iconUrl() == null ? links.missingAvatar() : a.iconUrl();
        String name = a.name() == null || a.name().isBlank() ? a.preferredUsername() : a.name();
        return new AccountEntity(
                Long.toString(a.id()),
                a.preferredUsername(),
                a.preferredUsername() + "@" + a.host(),
                a.url() != null ? a.url() : a.uri(),
                a.uri(),
                name,
                a.summaryHtml() == null ? "" : a.summaryHtml(),
                avatar,
                avatar,
                links.missingHeader(),
                links.missingHeader(),
                a.manuallyApproves(),
                "Service".equals(a.type()) || "Application".equals(a.type()),
                "Group".equals(a.type()),
                true,
                false,
                MastodonTime.datetime(a.fetchedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS)),
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
