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

    /** An account with only its ids and names set: lists empty, flags false, counts zero, not moved. */
    public static Builder builder(String id, String username, String acct) {
        return new Builder(id, username, acct);
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
        return toBuilder().source(s).build();
    }

    /** The same account, moved to {@code to} (Mastodon's {@code moved}: the new account). */
    public AccountEntity movedTo(AccountEntity to) {
        return toBuilder().moved(to).build();
    }

    private Builder toBuilder() {
        Builder b = builder(id, username, acct)
                .url(url)
                .uri(uri)
                .displayName(displayName)
                .note(note)
                .avatar(avatar)
                .header(header)
                .locked(locked)
                .bot(bot)
                .group(group)
                .discoverable(discoverable)
                .indexable(indexable)
                .hideCollections(hideCollections)
                .noindex(noindex)
                .createdAt(createdAt)
                .lastStatusAt(lastStatusAt)
                .counts(statusesCount, followersCount, followingCount)
                .fields(fields)
                .source(source)
                .moved(moved);
        b.avatarStatic = avatarStatic;
        b.headerStatic = headerStatic;
        b.emojis = emojis;
        b.roles = roles;
        return b;
    }

    /** Names each field a converter sets; the static images follow {@link #avatar} and {@link #header}. */
    public static final class Builder {
        private final String id;
        private final String username;
        private final String acct;
        private String url;
        private String uri;
        private String displayName;
        private String note = "";
        private String avatar;
        private String avatarStatic;
        private String header;
        private String headerStatic;
        private boolean locked;
        private boolean bot;
        private boolean group;
        private boolean discoverable;
        private boolean indexable;
        private boolean hideCollections;
        private boolean noindex;
        private String createdAt;
        private String lastStatusAt;
        private long statusesCount;
        private long followersCount;
        private long followingCount;
        private List<Field> fields = List.of();
        private List<Object> emojis = List.of();
        private List<Object> roles = List.of();
        private Source source;
        private AccountEntity moved;

        private Builder(String id, String username, String acct) {
            this.id = id;
            this.username = username;
            this.acct = acct;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** The bio as HTML. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** The avatar's URL, also its static one (we keep no animated images apart). */
        public Builder avatar(String avatar) {
            this.avatar = avatar;
            this.avatarStatic = avatar;
            return this;
        }

        /** The header's URL, also its static one. */
        public Builder header(String header) {
            this.header = header;
            this.headerStatic = header;
            return this;
        }

        public Builder locked(boolean locked) {
            this.locked = locked;
            return this;
        }

        public Builder bot(boolean bot) {
            this.bot = bot;
            return this;
        }

        public Builder group(boolean group) {
            this.group = group;
            return this;
        }

        public Builder discoverable(boolean discoverable) {
            this.discoverable = discoverable;
            return this;
        }

        public Builder indexable(boolean indexable) {
            this.indexable = indexable;
            return this;
        }

        public Builder hideCollections(boolean hideCollections) {
            this.hideCollections = hideCollections;
            return this;
        }

        public Builder noindex(boolean noindex) {
            this.noindex = noindex;
            return this;
        }

        /** A Mastodon datetime, or null when unknown. */
        public Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** A Mastodon date, or null when the account never posted. */
        public Builder lastStatusAt(String lastStatusAt) {
            this.lastStatusAt = lastStatusAt;
            return this;
        }

        public Builder counts(long statuses, long followers, long following) {
            this.statusesCount = statuses;
            this.followersCount = followers;
            this.followingCount = following;
            return this;
        }

        public Builder fields(List<Field> fields) {
            this.fields = fields;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder moved(AccountEntity moved) {
            this.moved = moved;
            return this;
        }

        public AccountEntity build() {
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
                    moved);
        }
    }
}
