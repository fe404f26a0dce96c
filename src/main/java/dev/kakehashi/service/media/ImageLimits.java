package dev.kakehashi.service.media;

/**
 * The largest picture Kakehashi will decode. Checked from the header before any pixel is decoded,
 * so a small file that claims to be enormous (a decompression bomb) never reaches memory.
 */
public record ImageLimits(int maxSide, long maxPixels) {
    public static final ImageLimits DEFAULT = new ImageLimits(16_384, 50_000_000L);

    /** Below this many pixels a picture is cheap to decode, however well it compresses. */
    static final long CHEAP_PIXELS = 4_000_000L;
    /**
     * Pixels per file byte beyond which a large picture is refused from its header. Real pictures,
     * even flat screenshots, stay well below; a decompression bomb (a 6 KB PNG declaring 7000 x
     * 7000) is far above.
     */
    static final long MAX_PIXELS_PER_BYTE = 1_000L;

    /** A large picture that declares far more pixels than its bytes could plausibly hold. */
    boolean looksLikeABomb(int width, int height, long fileBytes) {
        long pixels = (long) width * height;
        return pixels > CHEAP_PIXELS && pixels > fileBytes * MAX_PIXELS_PER_BYTE;
    }

    boolean allows(int width, int height) {
        return width > 0 && height > 0 && width <= maxSide && height <= maxSide && (long) width * height <= maxPixels;
    }
}
