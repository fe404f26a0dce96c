package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code meta} of a media attachment: sizes of the original and the preview, and the focal
 * point; each null (left out) when unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaMetaEntity(Size original, Size small, Focus focus) {
    public MediaMetaEntity(Size original, Size small) {
        this(original, small, null);
    }

    /** The focal point, each coordinate from -1 to 1 (Mastodon's {@code meta.focus}). */
    public record Focus(double x, double y) {}

    /** One rendition's size; {@code size} is "WxH" as Mastodon writes it. */
    public record Size(int width, int height, String size, double aspect) {
        public static Size of(int width, int height) {
            return new Size(width, height, width + "x" + height, height == 0 ? 0 : (double) width / height);
        }
    }
}
