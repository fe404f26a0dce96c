package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Mastodon's v1 {@code Filter}: one keyword of a v2 filter, {@code irreversible} for a hide filter. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record V1FilterEntity(
        String id, String phrase, List<String> context, boolean wholeWord, String expiresAt, boolean irreversible) {}
