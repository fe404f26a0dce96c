package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Media;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.mastodon.entity.MediaMetaEntity;
import dev.kakehashi.service.Links;

/** An uploaded image as a Mastodon {@code MediaAttachment}; the image is its own preview. */
public final class MediaToAttachment {
    private final Links links;

    public MediaToAttachment(Links links) {
        this.links = links;
    }

    public MediaAttachmentEntity convert(Media m) {
        String url = links.media(m.fileName());
        MediaMetaEntity.Size size = MediaMetaEntity.Size.of(m.width(), m.height());
        String alt = m.altText() == null || m.altText().isBlank() ? null : m.altText();
        String type = m.contentType().startsWith("image/") ? "image" : "unknown";
        return new MediaAttachmentEntity(
                Long.toString(m.id()), type, url, url, null, null, null, new MediaMetaEntity(size, size), alt, null);
    }
}
