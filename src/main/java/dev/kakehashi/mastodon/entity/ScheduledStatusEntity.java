package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Mastodon's {@code ScheduledStatus}: what {@code POST /api/v1/statuses} answers with {@code scheduled_at}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScheduledStatusEntity(
        String id, String scheduledAt, Params params, List<MediaAttachmentEntity> mediaAttachments) {
    /** The parameters the status will be posted with. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Params(
            String text,
            List<String> mediaIds,
            boolean sensitive,
            String spoilerText,
            String visibility,
            String inReplyToId,
            String language,
            String scheduledAt,
            String applicationId) {}
}
