package dev.kakehashi.service.media;

import dev.kakehashi.service.error.ServiceException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides what an upload is from its bytes alone (the ImageIO readers' magic-number checks), refuses
 * absurd dimensions before decoding, then decodes the first frame. File names and declared content
 * types are never trusted.
 */
final class ImageDecoder {
    static final String NOT_AN_IMAGE = "is not an image we can use: upload a JPEG, PNG, GIF or WebP picture";

    private final ImageLimits limits;

    ImageDecoder(ImageLimits limits) {
        this.limits = limits;
    }

    /** A decoded picture and the format its bytes are in. */
    record Decoded(BufferedImage image, ImageFormat format) {}

    /**
     * What the header says, read without decoding the pixels: the checks an upload gets before it is
     * taken for processing later.
     *
     * @throws ServiceException 415 when no reader recognises the bytes, 422 when the picture is larger
     *     than the limits
     */
    Probe probe(byte[] bytes, String shownName) {
        return read(bytes, shownName, false).probe();
    }

    /**
     * @throws ServiceException 415 when the bytes are not a complete JPEG, PNG, GIF or WebP; 422 when
     *     the picture is larger than the limits
     */
    Decoded decode(byte[] bytes, String shownName) {
        Read read = read(bytes, shownName, true);
        return new Decoded(read.image(), read.probe().format());
    }

    private record Read(Probe probe, BufferedImage image) {}

    private Read read(byte[] bytes, String shownName, boolean pixels) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Optional<ImageReader> found = readerFor(in);
            if (found.isEmpty()) {
                throw notAnImage(shownName);
            }
            ImageReader reader = found.get();
            try {
                ImageFormat format =
                        ImageFormat.ofReaderName(reader.getFormatName()).orElseThrow();
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (limits.looksLikeABomb(width, height, bytes.length)) {
                    throw new ServiceException(
                            422,
                            shownName + " claims to be " + width + " x " + height + " pixels in only "
                                    + Math.max(1, bytes.length / 1024)
                                    + " KB, which only a damaged or malicious file does. Upload another picture.");
                }
                if (!limits.allows(width, height)) {
                    throw new ServiceException(
                            422,
                            shownName + " is " + width + " x " + height + " pixels; the largest we take is "
                                    + limits.maxSide() + " pixels a side and " + limits.maxPixels() / 1_000_000
                                    + " megapixels. Scale it down and try again.");
                }
                Probe probe = new Probe(format, width, height);
                if (!pixels) {
                    return new Read(probe, null);
                }
                // A truncated or damaged file decodes with warnings into grey bands: refuse it instead.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty() || image == null) {
                    throw notAnImage(shownName);
                }
                return new Read(probe, image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ServiceException se) {
                throw se;
            }
            // Readers fail on damaged input with IIOException, EOFException, or unchecked exceptions.
            throw notAnImage(shownName);
        }
    }

    private static Optional<ImageReader> readerFor(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (ImageFormat.ofReaderName(reader.getFormatName()).isPresent()) {
                    return Optional.of(reader);
                }
            } catch (IOException e) {
                // fall through to the next reader
            }
            reader.dispose();
        }
        return Optional.empty();
    }

    private static ServiceException notAnImage(String shownName) {
        return ServiceException.unsupportedMedia(shownName + " " + NOT_AN_IMAGE + ".");
    }
}
