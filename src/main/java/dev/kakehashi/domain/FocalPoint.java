package dev.kakehashi.domain;

/**
 * The point of an image that crops must keep: {@code x} from -1 (left) to 1 (right), {@code y}
 * from -1 (bottom) to 1 (top), as Mastodon's {@code meta.focus} and {@code focalPoint}.
 */
public record FocalPoint(double x, double y) {
    public FocalPoint {
        if (!(x >= -1 && x <= 1 && y >= -1 && y <= 1)) {
            throw new IllegalArgumentException("A focal point is between -1 and 1: " + x + "," + y);
        }
    }
}
