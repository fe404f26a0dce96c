package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Media;
import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.service.Links;

/** An uploaded image as an ActivityStreams {@code Image}, alt text in both name and summary. */
public final class MediaToAttachment {
    private final Links links;

    public MediaToAttachment(Links links) {
        this.links = links;
    }

    public MediaObject convert(Media m) {
        String alt = m.altText() == null || m.altText().isBlank() ? null : m.altText();
        String type = m.contentType().startsWith("image/") ? "Image" : "Document";
        return new MediaObject(type, m.contentType(), links.media(m.fileName()), alt, alt, m.width(), m.height());
    }
}
