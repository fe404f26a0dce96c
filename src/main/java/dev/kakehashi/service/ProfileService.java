package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.ProfileField;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.AccountUpdated;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An author's profile as Mastodon apps edit it ({@code update_credentials}): name, bio, avatar and
 * header, profile fields, bot and discoverable, posting defaults, and {@code locked}, which is the blog's own "approve followers by hand" setting and so an admin's
 * to change. Checked whole before anything is stored; a change raises {@link AccountUpdated}, which
 * the federation layer sends to followers as an {@code Update} of the actor.
 */
public final class ProfileService {
    /** Mastodon's limits: four fields of 255 characters each. */
    public static final int MAX_FIELDS = 4;

    public static final int FIELD_MAX = 255;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Transactions tx;
    private final AccountRepository accounts;
    private final MediaRepository media;
    private final SiteService site;
    private final EventBus events;
    private final Clock clock;

    public ProfileService(
            Transactions tx,
            AccountRepository accounts,
            MediaRepository media,
            SiteService site,
            EventBus events,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.media = media;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException 422 for too many or too long fields, an unknown language or
     *     header image
     * @throws ServiceException 403 when an author who is not an admin changes {@code locked}
     */
    public Account update(long accountId, ProfileChange change) {
        check(accountId, change);
        List<ProfileField> fields = change.fields() == null ? null : fields(change.fields());
        String language = language(change.language());
        return tx.call(() -> {
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            if (change.locked() != null && change.locked() != site.approvesFollowersManually()) {
                site.setApprovesFollowersManually(change.locked());
            }
            a.updateProfile(
                    change.displayName() != null ? change.displayName().strip() : a.displayName(),
                    change.note() != null ? change.note() : a.bio(),
                    a.email(),
                    clock.instant());
            if (change.avatarId() != null) {
                a.changeAvatar(own(change.avatarId(), accountId, "avatar"), clock.instant());
            }
            if (change.headerId() != null) {
                a.changeHeader(own(change.headerId(), accountId, "header"), clock.instant());
            }
            if (fields != null) {
                a.changeFields(fields, clock.instant());
            }
            a.changeFlags(
                    change.bot() != null ? change.bot() : a.bot(),
                    change.discoverable() != null ? change.discoverable() : a.discoverable(),
                    change.privacy() != null ? change.privacy() : a.defaultVisibility(),
                    change.sensitive() != null ? change.sensitive() : a.defaultSensitive(),
                    change.language() == null ? a.defaultLanguage() : language,
                    clock.instant());
            events.raise(tx, new AccountUpdated(accountId));
            return a;
        });
    }

    /**
     * Checks a change whole, before any image of it is uploaded: so a refused change stores nothing.
     *
     * @throws InvalidInputException 422 for a name or bio out of bounds, too many or too long
     *     fields, an unknown language
     * @throws ServiceException 403 when an author who is not an admin changes {@code locked}
     */
    public void check(long accountId, ProfileChange change) {
        Validator v = new Validator();
        if (change.displayName() != null) {
            v.text("display_name", "Display name", change.displayName(), true, AccountService.DISPLAY_NAME_MAX);
        }
        if (change.note() != null) {
            v.text("note", "Note", change.note(), false, AccountService.BIO_MAX);
        }
        v.throwIfInvalid();
        if (change.fields() != null) {
            fields(change.fields());
        }
        language(change.language());
        if (change.locked() != null) {
            boolean admin = tx.call(() -> accounts.byId(accountId)
                    .orElseThrow(() -> ServiceException.notFound("Account"))
                    .isAdmin());
            if (!admin && change.locked() != site.approvesFollowersManually()) {
                throw ServiceException.forbidden(
                        "Approving followers by hand is the blog's setting: only an admin may change it");
            }
        }
    }

    private Media own(long mediaId, long accountId, String field) {
        return media.byId(mediaId)
                .filter(x -> x.ownerId() == accountId)
                .orElseThrow(() -> InvalidInputException.of(field, "Unknown image"));
    }

    private static List<ProfileField> fields(List<ProfileChange.Field> typed) {
        List<ProfileField> out = new ArrayList<>();
        for (ProfileChange.Field f : typed) {
            String name = f.name() == null ? "" : f.name().strip();
            String value = f.value() == null ? "" : f.value().strip();
            if (name.isEmpty() && value.isEmpty()) {
                continue; // an app's empty row: Mastodon drops it
            }
            if (name.length() > FIELD_MAX || value.length() > FIELD_MAX) {
                throw InvalidInputException.of(
                        "fields_attributes", "Profile field names and values are at most " + FIELD_MAX + " characters");
            }
            out.add(new ProfileField(name, value));
        }
        if (out.size() > MAX_FIELDS) {
            throw InvalidInputException.of("fields_attributes", "At most " + MAX_FIELDS + " profile fields");
        }
        return out;
    }

    /** Null keeps, blank clears, anything else must be an ISO 639 code. */
    private static String language(String raw) {
        return language(raw, "source[language]");
    }

    /**
     * The ISO 639 code an app names in {@code field} (lower-cased), or null for none.
     *
     * @throws InvalidInputException 422 for anything else
     */
    public static String language(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw InvalidInputException.of(field, "Language is not a valid ISO 639 code");
        }
        return code;
    }

    /** The visibility an app names for {@code source[privacy]}; 422 for anything but the four. */
    public static Visibility privacy(String raw) {
        Visibility v = Visibility.parse(raw);
        if (v == null) {
            throw InvalidInputException.of("source[privacy]", "Privacy is not included in the list");
        }
        return v;
    }
}
