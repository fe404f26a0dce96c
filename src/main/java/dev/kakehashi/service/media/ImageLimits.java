package dev.kakehashi.service.media;

/**
 * The largest picture Kakehashi will decode. Checked from the header before any pixel is decoded,
 * so a small file that claims to be enormous (a decompression bomb) never reaches memory.
 */
public record ImageLimits(int maxSide, long maxPixels) {
    public static final ImageLimits DEFAULT = new ImageLimits(16_384, 50_000_000L);

    boolean allows(int width, int height) {
        return width > 0 && height > 0 && width <= maxSide && height <= maxSide && (long) width * height <= maxPixels;
    }
}
