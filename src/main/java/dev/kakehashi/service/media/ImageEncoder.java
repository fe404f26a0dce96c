package dev.kakehashi.service.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Redraws a decoded picture upright on a fresh sRGB canvas and encodes it without any metadata
 * (no EXIF, GPS, XMP, ICC or comments survive: only pixels are copied). JPEG stays JPEG at quality
 * 0.9 and PNG stays PNG. GIF becomes PNG (lossless, first frame only: animations are not kept). WebP
 * becomes JPEG when it has no alpha channel and PNG when it has one, since browsers without WebP
 * support are still around and JPEG keeps photos small.
 */
final class ImageEncoder {
    static final float JPEG_QUALITY = 0.9f;

    CleanImage encode(BufferedImage source, ImageFormat sourceFormat, int orientation) {
        boolean alpha = source.getColorModel().hasAlpha();
        ImageFormat target = targetFormat(sourceFormat, alpha);
        boolean swap = Orientation.swapsSides(orientation);
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage canvas = new BufferedImage(
                swap ? h : w,
                swap ? w : h,
                alpha && target == ImageFormat.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            if (canvas.getType() == BufferedImage.TYPE_INT_RGB) {
                // Transparent pixels on an opaque canvas would turn black; white is what a page shows.
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            }
            g.drawImage(source, Orientation.transform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        byte[] bytes = target == ImageFormat.JPEG ? jpeg(canvas) : png(canvas);
        return new CleanImage(bytes, target, canvas.getWidth(), canvas.getHeight());
    }

    static ImageFormat targetFormat(ImageFormat source, boolean hasAlpha) {
        return switch (source) {
            case JPEG -> ImageFormat.JPEG;
            case PNG, GIF -> ImageFormat.PNG;
            case WEBP -> hasAlpha ? ImageFormat.PNG : ImageFormat.JPEG;
        };
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, image, param);
    }

    private static byte[] png(BufferedImage image) {
        return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    /** Written in memory: ImageIO's default stream would spill to a cache file in the temp folder. */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
