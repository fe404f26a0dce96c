package dev.kakehashi.service.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The EXIF orientation tag (1-8) and the transform that makes the pixels upright. Phones store
 * photos sideways and rely on this tag; once metadata is stripped, the pixels must carry it.
 */
final class Orientation {
    static final int NORMAL = 1;

    private Orientation() {}

    /** The orientation the image's EXIF declares; {@link #NORMAL} when it declares none or is unreadable. */
    static int of(byte[] bytes) {
        try {
            var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            var exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return NORMAL;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : NORMAL;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            // Damaged metadata is no reason to refuse a picture that decodes.
            return NORMAL;
        }
    }

    /** Orientations 5-8 turn the picture a quarter, so width and height trade places. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** Maps the stored pixels of a {@code w} x {@code h} image onto the upright canvas. */
    static AffineTransform transform(int orientation, int w, int h) {
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00*x + m01*y + m02, y' = m10*x + m11*y + m12
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // needs a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // needs a quarter turn counter-clockwise
            default -> new AffineTransform();
        };
    }
}
