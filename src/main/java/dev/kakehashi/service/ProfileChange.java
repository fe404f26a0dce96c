package dev.kakehashi.service;

import dev.kakehashi.domain.Visibility;
import java.util.List;

/**
 * What a Mastodon app's {@code update_credentials} changes; a null component keeps what is stored.
 *
 * @param displayName the name shown, or null
 * @param note the bio as plain text, or null
 * @param avatarId an avatar image the author uploaded, or null
 * @param headerId a header image the author uploaded, or null
 * @param fields the profile fields as typed (name, value), or null to keep them
 * @param locked whether followers are approved by hand (the blog's setting), or null
 * @param language an ISO 639 code, or null to keep; blank clears it
 */
public record ProfileChange(
        String displayName,
        String note,
        Long avatarId,
        Long headerId,
        List<Field> fields,
        Boolean locked,
        Boolean bot,
        Boolean discoverable,
        Visibility privacy,
        Boolean sensitive,
        String language) {
    /** One profile field as typed. */
    public record Field(String name, String value) {}
}
