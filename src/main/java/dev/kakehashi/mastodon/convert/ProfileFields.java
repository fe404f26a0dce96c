package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.ProfileField;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.ProfileFieldHtml;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * An author's profile fields as Mastodon's {@code fields}: the value as HTML ({@link
 * ProfileFieldHtml}) and, for {@code source.fields}, as typed. Never
 * verified here ({@code verified_at} null).
 */
final class ProfileFields {
    private ProfileFields() {}

    static List<AccountEntity.Field> html(List<ProfileField> fields) {
        return fields.stream()
                .map(f -> new AccountEntity.Field(Entities.escape(f.name()), ProfileFieldHtml.value(f.value()), null))
                .toList();
    }

    static List<AccountEntity.Field> typed(List<ProfileField> fields) {
        return fields.stream()
                .map(f -> new AccountEntity.Field(f.name(), f.value(), null))
                .toList();
    }
}
