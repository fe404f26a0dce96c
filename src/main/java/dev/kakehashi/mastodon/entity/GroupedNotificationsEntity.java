package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Mastodon's {@code GroupedNotificationsResults}: the groups, and each account and status they name once. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GroupedNotificationsEntity(
        List<AccountEntity> accounts, List<StatusEntity> statuses, List<NotificationGroupEntity> notificationGroups) {}
