package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Mastodon's {@code StatusEdit}: one version of a status in {@code GET /api/v1/statuses/:id/history}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusEditEntity(
        String content,
        String spoilerText,
        boolean sensitive,
        String createdAt,
        AccountEntity account,
        Object poll,
        List<MediaAttachmentEntity> mediaAttachments,
        List<Object> emojis) {}
