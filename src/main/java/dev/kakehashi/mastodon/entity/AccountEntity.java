package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Mastodon's {@code Account} (INTEROP B12.1): {@code acct} is {@code user} for a local account and
 * {@code user@host} for a remote one; images are never null; {@code last_status_at} is a date.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountEntity(
        String id,
        String username,
        String acct,
        String url,
        String uri,
        String displayName,
        String note,
        String avatar,
        String avatarStatic,
        String header,
        String headerStatic,
        boolean locked,
        boolean bot,
        boolean group,
        boolean discoverable,
        boolean indexable,
        String createdAt,
        String lastStatusAt,
        long statusesCount,
        long followersCount,
        long followingCount,
        List<Field> fields,
        List<Object> emojis,
        boolean hideCollections,
        boolean noindex) {
    public AccountEntity {
        fields = fields == null ? List.of() : List.copyOf(fields);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
    }

    /** A profile field; {@code value} is HTML. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Field(String name, String value, String verifiedAt) {}
}
