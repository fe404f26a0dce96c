package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Mastodon's {@code Filter} (v2). {@code keywords} and {@code statuses} are sent by the filters
 * API and left out inside a {@code FilterResult}, as Mastodon does.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FilterEntity(
        String id,
        String title,
        List<String> context,
        String expiresAt,
        String filterAction,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FilterKeywordEntity> keywords,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FilterStatusEntity> statuses) {}
