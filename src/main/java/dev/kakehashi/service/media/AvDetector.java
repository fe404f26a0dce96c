package dev.kakehashi.service.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which {@link AvFormat} some bytes are, by Tika's magic numbers. Tika names finer types than we
 * store (Ogg Vorbis, QuickTime, Matroska); each maps to the format whose family it belongs to, as
 * the type registry says.
 */
final class AvDetector {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /** The Tika type (or a supertype of it) that each format is stored as. */
    private static final Map<MediaType, AvFormat> FAMILIES = Map.of(
            MediaType.audio("vnd.wave"), AvFormat.WAV,
            MediaType.audio("mpeg"), AvFormat.MP3,
            MediaType.application("ogg"), AvFormat.OGG,
            MediaType.audio("x-flac"), AvFormat.FLAC,
            MediaType.audio("mp4"), AvFormat.M4A,
            MediaType.video("mp4"), AvFormat.MP4,
            MediaType.video("quicktime"), AvFormat.MP4,
            MediaType.video("webm"), AvFormat.WEBM,
            MediaType.application("x-matroska"), AvFormat.WEBM);

    private AvDetector() {}

    static Optional<AvFormat> of(byte[] bytes) {
        MediaType type;
        try {
            type = TYPES.detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading bytes in memory failed", e);
        }
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        for (MediaType t = registry.normalize(type); t != null; t = registry.getSupertype(t)) {
            AvFormat format = FAMILIES.get(t);
            if (format != null) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
