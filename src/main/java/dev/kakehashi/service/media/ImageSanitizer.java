package dev.kakehashi.service.media;

import dev.kakehashi.service.ServiceException;
import java.util.concurrent.Semaphore;

/**
 * Turns uploaded bytes into a clean image: recognised from the bytes, size-checked, decoded, turned
 * upright by its EXIF orientation and re-encoded without metadata.
 */
public final class ImageSanitizer {
    /** A 50-megapixel picture takes hundreds of MiB decoded: decode one at a time. */
    private static final Semaphore DECODING = new Semaphore(1, true);

    private final ImageDecoder decoder;
    private final ImageEncoder encoder = new ImageEncoder();

    public ImageSanitizer(ImageLimits limits) {
        this.decoder = new ImageDecoder(limits);
    }

    /**
     * @param shownName how to name the file in messages
     * @throws ServiceException 415 when the bytes are not a usable image, 422 when it is too large
     */
    public CleanImage sanitize(byte[] bytes, String shownName) {
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(503, "The server is shutting down; try again in a moment.");
        }
        try {
            ImageDecoder.Decoded decoded = decoder.decode(bytes, shownName);
            return encoder.encode(decoded.image(), decoded.format(), Orientation.of(bytes));
        } finally {
            DECODING.release();
        }
    }
}
