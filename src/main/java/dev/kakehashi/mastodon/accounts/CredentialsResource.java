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
import dev.kakehashi.service.ProfileChange;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.media.MediaService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The caller's own account: {@code verify_credentials} (every client calls it at login) and
 * {@code update_credentials}: display name, note, avatar and header, up to four profile fields,
 * {@code locked} (the blog's approval of followers, an admin's to change), {@code bot}, {@code
 * discoverable} and the posting defaults under {@code source}. Followers see the change as an
 * {@code Update} of the actor.
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class CredentialsResource {
    private final AccountService accounts;
    private final ProfileService profiles;
    private final MediaService media;
    private final LocalAccountStats stats;
    private final AccountToEntity toEntity;

    public CredentialsResource(
            AccountService accounts,
            ProfileService profiles,
            MediaService media,
            LocalAccountStats stats,
            AccountToEntity toEntity) {
        this.accounts = accounts;
        this.profiles = profiles;
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
        MastodonBody source = b.object("source");
        ProfileChange typed = new ProfileChange(
                b.string("display_name").orElse(null),
                b.string("note").orElse(null),
                null,
                null,
                b.has("fields_attributes") ? fields(b) : null,
                b.bool("locked").orElse(null),
                b.bool("bot").orElse(null),
                b.bool("discoverable").orElse(null),
                source.string("privacy")
                        .filter(p -> !p.isBlank())
                        .map(ProfileService::privacy)
                        .orElse(null),
                source.bool("sensitive").orElse(null),
                source.string("language").orElse(null));
        // Checked before any image is stored, so a refused change leaves no stray image behind.
        profiles.check(id, typed);
        Long avatarId = upload(id, b, "avatar");
        Long headerId = upload(id, b, "header");
        ProfileChange change = new ProfileChange(
                typed.displayName(),
                typed.note(),
                avatarId,
                headerId,
                typed.fields(),
                typed.locked(),
                typed.bot(),
                typed.discoverable(),
                typed.privacy(),
                typed.sensitive(),
                typed.language());
        Account updated = profiles.update(id, change);
        return toEntity.credential(updated, stats.of(id));
    }

    /** {@code fields_attributes} as a JSON array or Rails' indexed form, in order. */
    private static List<ProfileChange.Field> fields(MastodonBody b) {
        return b.objects("fields_attributes").stream()
                .map(f -> new ProfileChange.Field(
                        f.string("name").orElse(""), f.string("value").orElse("")))
                .toList();
    }

    private Long upload(long accountId, MastodonBody b, String field) {
        return b.file(field)
                .map(f -> media.upload(accountId, new ByteArrayInputStream(f.bytes()), f.fileName(), ""))
                .map(Media::id)
                .orElse(null);
    }
}
