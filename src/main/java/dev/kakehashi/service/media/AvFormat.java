package dev.kakehashi.service.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The audio and video formats Kakehashi stores as they are (an imported blog's recordings), each
 * recognised from its first bytes, never from a name or a declared type.
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

    /** The format {@code bytes} begin as, if one of these. */
    public static Optional<AvFormat> sniff(byte[] bytes) {
        if (starts(bytes, 0, "RIFF") && starts(bytes, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (starts(bytes, 0, "ID3") || (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0)) {
            return Optional.of(MP3);
        }
        if (starts(bytes, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (starts(bytes, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (starts(bytes, 4, "ftyp")) {
            return Optional.of(starts(bytes, 8, "M4A ") ? M4A : MP4);
        }
        if (bytes.length > 4
                && Arrays.equals(Arrays.copyOf(bytes, 4), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
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

    private static boolean starts(byte[] bytes, int at, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= at + want.length && Arrays.equals(bytes, at, at + want.length, want, 0, want.length);
    }
}
