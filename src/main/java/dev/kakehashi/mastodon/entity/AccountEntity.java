package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Mastodon's Account (INTEROP B12.1): every field present with its type; {@code source} only for
 * the caller's own account (CredentialAccount).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountEntity(
        String id,
        String username,
        String acct,
        String url,
        String uri,
        @JsonProperty("display_name") String displayName,
        String note,
        String avatar,
        @JsonProperty("avatar_static") String avatarStatic,
        String header,
        @JsonProperty("header_static") String headerStatic,
        boolean locked,
        boolean bot,
        boolean group,
        boolean discoverable,
        boolean indexable,
        @JsonProperty("hide_collections") boolean hideCollections,
        boolean noindex,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_status_at") @JsonInclude(JsonInclude.Include.ALWAYS) String lastStatusAt,
        @JsonProperty("statuses_count") long statusesCount,
        @JsonProperty("followers_count") long followersCount,
        @JsonProperty("following_count") long followingCount,
        List<Field> fields,
        List<Object> emojis,
        List<Object> roles,
        Source source,
        AccountEntity moved) {

    /** An account that has not moved. */
    public AccountEntity(
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
            boolean hideCollections,
            boolean noindex,
            String createdAt,
            String lastStatusAt,
            long statusesCount,
            long followersCount,
            long followingCount,
            List<Field> fields,
            List<Object> emojis,
            List<Object> roles,
            Source source) {
        this(
                id,
                username,
                acct,
                url,
                uri,
                displayName,
                note,
                avatar,
                avatarStatic,
                header,
                headerStatic,
                locked,
                bot,
                group,
                discoverable,
                indexable,
                hideCollections,
                noindex,
                createdAt,
                lastStatusAt,
                statusesCount,
                followersCount,
                followingCount,
                fields,
                emojis,
                roles,
                source,
                null);
    }

    /** A profile field; {@code value} is HTML. */
    public record Field(
            String name,
            String value,
            @JsonProperty("verified_at") @JsonInclude(JsonInclude.Include.ALWAYS) String verifiedAt) {}

    /** What the author typed, for the profile editor of apps; {@code note} is plain text. */
    public record Source(
            String privacy,
            boolean sensitive,
            @JsonInclude(JsonInclude.Include.ALWAYS) String language,
            String note,
            List<Field> fields,
            @JsonProperty("follow_requests_count") long followRequestsCount,
            @JsonProperty("hide_collections") boolean hideCollections,
            boolean discoverable,
            boolean indexable,
            @JsonProperty("attribution_domains") List<String> attributionDomains) {}

    /** The same account with its {@code source} (verify_credentials, update_credentials). */
    public AccountEntity withSource(Source s) {
        return new AccountEntity(
                id,
                username,
                acct,
                url,
                uri,
                displayName,
                note,
                avatar,
                avatarStatic,
                header,
                headerStatic,
                locked,
                bot,
                group,
                discoverable,
                indexable,
                hideCollections,
                noindex,
                createdAt,
                lastStatusAt,
                statusesCount,
                followersCount,
                followingCount,
                fields,
                emojis,
                roles,
                s,
                moved);
    }

    /** The same account, moved to {@code to} (Mastodon's {@code moved}: the new account). */
    public AccountEntity movedTo(AccountEntity to) {
        return new AccountEntity(
                id,
                username,
                acct,
                url,
                uri,
                displayName,
                note,
                avatar,
                avatarStatic,
                header,
                headerStatic,
                locked,
                bot,
                group,
                discoverable,
                indexable,
                hideCollections,
                noindex,
                createdAt,
                lastStatusAt,
                statusesCount,
                followersCount,
                followingCount,
                fields,
                emojis,
                roles,
                source,
                to);
    }
}
