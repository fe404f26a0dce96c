package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.media.MediaService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;

/**
 * The caller's own account: {@code verify_credentials} (every client calls it at login) and
 * {@code update_credentials} (display name, note and avatar, through the profile the admin edits).
 * Header, profile fields, locked, bot and discoverable are accepted and ignored: the blog's
 * profile has none of them.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class CredentialsResource {
    private final AccountService accounts;
    private final MediaService media;
    private final LocalAccountStats stats;
    private final AccountToEntity toEntity;

    public CredentialsResource(
            AccountService accounts, MediaService media, LocalAccountStats stats, AccountToEntity toEntity) {
        this.accounts = accounts;
        this.media = media;
        this.stats = stats;
        this.toEntity = toEntity;
    }

    @GET
    @Path("verify_credentials")
    @RequiresScope({"read:accounts", "profile"})
    public AccountEntity verify(@Context ContainerRequestContext request) {
        long id = ApiCaller.accountOf(request);
        return toEntity.credential(accounts.byId(id), stats.of(id));
    }

    @PATCH
    @Path("update_credentials")
    @RequiresScope("write:accounts")
    public AccountEntity update(MastodonBody body, @Context ContainerRequestContext request) {
        long id = ApiCaller.accountOf(request);
        MastodonBody b = MastodonBody.of(body);
        Account current = accounts.byId(id);
        String name = b.string("display_name").orElse(current.displayName());
        String note = b.string("note").orElse(current.bio());
        // Checked before an avatar is stored, so refused text leaves no stray image behind.
        if (name.strip().isEmpty() || name.length() > AccountService.DISPLAY_NAME_MAX) {
            throw InvalidInputException.of(
                    "display_name", "Display name must be 1 to " + AccountService.DISPLAY_NAME_MAX + " characters");
        }
        if (note.length() > AccountService.BIO_MAX) {
            throw InvalidInputException.of(
                    "note", "Note is too long (maximum is " + AccountService.BIO_MAX + " characters)");
        }
        Long avatarId = b.file("avatar")
                .map(f -> media.upload(id, new ByteArrayInputStream(f.bytes()), f.fileName(), ""))
                .map(Media::id)
                .orElse(null);
        Account updated = accounts.updateProfile(id, name, note, current.email(), avatarId);
        return toEntity.credential(updated, stats.of(id));
    }
}
