package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.mastodon.entity.MediaMetaEntity;
import dev.kakehashi.service.Links;

/**
 * An uploaded image as a Mastodon {@code MediaAttachment}; the image is its own preview. While it
 * is processing it has no file yet: {@code url} and {@code preview_url} are null and {@code meta}
 * holds only the focal point, as on Mastodon.
 */
public final class MediaToAttachment {
    private final Links links;

    public MediaToAttachment(Links links) {
        this.links = links;
    }

    public MediaAttachmentEntity convert(Media m) {
        String alt = m.altText() == null || m.altText().isBlank() ? null : m.altText();
        String type = m.contentType().startsWith("image/") ? "image" : "unknown";
        MediaMetaEntity.Focus focus = focus(m.focus());
        if (m.processing()) {
            return new MediaAttachmentEntity(
                    Long.toString(m.id()),
                    type,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new MediaMetaEntity(null, null, focus),
                    alt,
                    null);
        }
        String url = links.media(m.fileName());
        MediaMetaEntity.Size size = MediaMetaEntity.Size.of(m.width(), m.height());
        return new MediaAttachmentEntity(
                Long.toString(m.id()),
                type,
                url,
                url,
                null,
                null,
                null,
                new MediaMetaEntity(size, size, focus),
                alt,
                null);
    }

    static MediaMetaEntity.Focus focus(FocalPoint f) {
        return f == null ? null : new MediaMetaEntity.Focus(f.x(), f.y());
    }
}
