package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Mastodon's {@code Notification} (INTEROP B8.1). {@code emoji} is set only for an emoji reaction,
 * which is sent as a {@code favourite} that keeps its emoji.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationEntity(
        String id,
        String type,
        String createdAt,
        String groupKey,
        AccountEntity account,
        StatusEntity status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String emoji) {
    /** The same notification about {@code s} (the status with the viewer's filter results). */
    public NotificationEntity withStatus(StatusEntity s) {
        return new NotificationEntity(id, type, createdAt, groupKey, account, s, emoji);
    }
}
