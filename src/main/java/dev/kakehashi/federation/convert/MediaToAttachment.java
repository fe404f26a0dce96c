package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.service.Links;
import java.util.List;

/**
 * An uploaded image as an ActivityStreams {@code Image}, alt text in both name and summary, and its
 * focal point as Mastodon sends it ({@code focalPoint: [x, y]}, the term {@code toot:focalPoint}).
 */
public final class MediaToAttachment {
    private final Links links;

    public MediaToAttachment(Links links) {
        this.links = links;
    }

    public MediaObject convert(Media m) {
        String alt = m.altText() == null || m.altText().isBlank() ? null : m.altText();
        String type = m.contentType().startsWith("image/") ? "Image" : "Document";
        FocalPoint f = m.focus();
        return new MediaObject(
                type,
                m.contentType(),
                links.media(m.fileName()),
                alt,
                alt,
                m.width(),
                m.height(),
                f == null ? null : List.of(f.x(), f.y()));
    }
}
