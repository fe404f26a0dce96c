package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Mastodon's {@code NotificationGroup} (v2 grouped notifications). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationGroupEntity(
        String groupKey,
        long notificationsCount,
        String type,
        String mostRecentNotificationId,
        String pageMinId,
        String pageMaxId,
        String latestPageNotificationAt,
        List<String> sampleAccountIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) String statusId) {}
