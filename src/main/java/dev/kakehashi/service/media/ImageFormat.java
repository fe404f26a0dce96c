package dev.kakehashi.service.media;

import java.util.Locale;
import java.util.Optional;

/** The image formats Kakehashi accepts, as ImageIO readers name them. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    ImageFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format an ImageIO reader reports ({@code "JPEG"}, {@code "png"}, {@code "webp"}...). */
    static Optional<ImageFormat> ofReaderName(String formatName) {
        return switch (formatName.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "gif" -> Optional.of(GIF);
            case "webp" -> Optional.of(WEBP);
            default -> Optional.empty();
        };
    }

    /** The format of a stored file, by the extension Kakehashi gave it. */
    public static Optional<ImageFormat> ofExtension(String extension) {
        for (ImageFormat f : values()) {
            if (f.extension.equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
