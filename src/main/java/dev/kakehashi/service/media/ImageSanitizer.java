package dev.kakehashi.service.media;

import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.ServiceException;
import java.time.Duration;

/**
 * Turns uploaded bytes into a clean image: recognised from the bytes, size-checked, decoded, turned
 * upright by its EXIF orientation and re-encoded without metadata.
 */
public final class ImageSanitizer {
    /**
     * A 50-megapixel picture takes hundreds of MiB decoded: decode one at a time, and turn away
     * (503) an upload that cannot start within a few seconds rather than queueing without bound.
     */
    static final AdmissionGate DECODING = new AdmissionGate("processing images", 1, Duration.ofSeconds(5));

    private final ImageDecoder decoder;
    private final ImageEncoder encoder = new ImageEncoder();

    public ImageSanitizer(ImageLimits limits) {
        this.decoder = new ImageDecoder(limits);
    }

    /**
     * @param shownName how to name the file in messages
     * @throws ServiceException 415 when the bytes are not a usable image, 422 when it is too large,
     *     503 when other images are being processed for too long
     */
    public CleanImage sanitize(byte[] bytes, String shownName) {
        return DECODING.call(() -> {
            ImageDecoder.Decoded decoded = decoder.decode(bytes, shownName);
            return encoder.encode(decoded.image(), decoded.format(), Orientation.of(bytes));
        });
    }

    /**
     * The format and size of an upload from its header alone, without taking a decoding turn.
     *
     * @throws ServiceException 415 when the bytes are not an image we read, 422 when it is too large
     */
    Probe probe(byte[] bytes, String shownName) {
        return decoder.probe(bytes, shownName);
    }
}
