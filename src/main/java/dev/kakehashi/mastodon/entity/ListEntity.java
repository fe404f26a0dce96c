package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.kakehashi.domain.AccountList;

/** Mastodon's {@code List}: id, title, replies_policy ({@code followed|list|none}), exclusive. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ListEntity(String id, String title, String repliesPolicy, boolean exclusive) {
    public static ListEntity of(AccountList l) {
        return new ListEntity(
                Long.toString(l.id()), l.title(), l.repliesPolicy().wireName(), l.exclusive());
    }
}
