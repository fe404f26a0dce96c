package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Mastodon's {@code MediaAttachment} (INTEROP B6.5); {@code url} is null only while processing. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MediaAttachmentEntity(
        String id,
        String type,
        String url,
        String previewUrl,
        String remoteUrl,
        String previewRemoteUrl,
        String textUrl,
        MediaMetaEntity meta,
        String description,
        String blurhash) {}
