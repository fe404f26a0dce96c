package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Mastodon's {@code PreviewCard}: here the permalink of an article shown as a status. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CardEntity(
        String url,
        String title,
        String description,
        String type,
        String authorName,
        String authorUrl,
        String providerName,
        String providerUrl,
        String html,
        int width,
        int height,
        String image,
        String embedUrl,
        String blurhash) {}
