package dev.kakehashi.domain;

import java.util.Locale;

/**
 * One attachment of a post received from elsewhere, as its server described it (the file stays
 * there). Every field but {@code url} and {@code kind} may be null.
 *
 * @param position its place in the post's {@code attachment} array, from 0
 * @param description its alt text (the attachment's {@code name})
 * @param focusX the focal point's x, from -1 (left) to 1 (right), as Mastodon's {@code focalPoint}
 */
public record RemoteMedia(
        int position,
        String url,
        String mediaType,
        Kind kind,
        String description,
        String blurhash,
        Double focusX,
        Double focusY,
        Integer width,
        Integer height) {

    /** What the file is, as Mastodon's MediaAttachment {@code type} names it. */
    public enum Kind {
        IMAGE,
        VIDEO,
        GIFV,
        AUDIO,
        UNKNOWN;

        /** Its name in the Mastodon API ({@code image}, {@code video}...). */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The kind of a file of this media type ({@code image/png}); an unknown type falls back on
         * the ActivityStreams type ({@code Image}, {@code Video}, {@code Audio}, {@code Document}).
         */
        public static Kind of(String mediaType, String objectType) {
            String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
            if (m.equals("image/gif") && "Video".equals(objectType)) {
                return GIFV;
            }
            if (m.startsWith("image/")) {
                return IMAGE;
            }
            if (m.startsWith("video/")) {
                return VIDEO;
            }
            if (m.startsWith("audio/")) {
                return AUDIO;
            }
            if (!m.isEmpty()) {
                return UNKNOWN;
            }
            return switch (objectType == null ? "" : objectType) {
                case "Image" -> IMAGE;
                case "Video" -> VIDEO;
                case "Audio" -> AUDIO;
                default -> UNKNOWN;
            };
        }
    }
}
