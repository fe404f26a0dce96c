package dev.kakehashi.service.media;

import java.util.Optional;

/**
 * The audio and video formats Kakehashi stores as they are (an imported blog's recordings), each
 * recognised from its first bytes by Tika, never from a name or a declared type.
 */
public enum AvFormat {
    WAV("audio/wav", "wav"),
    MP3("audio/mpeg", "mp3"),
    OGG("audio/ogg", "ogg"),
    FLAC("audio/flac", "flac"),
    M4A("audio/mp4", "m4a"),
    MP4("video/mp4", "mp4"),
    WEBM("video/webm", "webm");

    private final String contentType;
    private final String extension;

    AvFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isVideo() {
        return contentType.startsWith("video/");
    }

    /** The format {@code bytes} begin as, if one of these (Tika's magic numbers tell). */
    public static Optional<AvFormat> sniff(byte[] bytes) {
        return AvDetector.of(bytes);
    }

    /** The format of a stored file, by the extension Kakehashi gave it. */
    public static Optional<AvFormat> ofExtension(String extension) {
        for (AvFormat f : values()) {
            if (f.extension.equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
