package dev.kakehashi.service.media;

/** An upload after re-encoding: upright, without metadata, in the format it will be served in. */
public record CleanImage(byte[] bytes, ImageFormat format, int width, int height) {}
