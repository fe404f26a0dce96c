package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The text a status was written from, for editing ({@code /api/v1/statuses/:id/source}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatusSourceEntity(String id, String text, String spoilerText) {}
