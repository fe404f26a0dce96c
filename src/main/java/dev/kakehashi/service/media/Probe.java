package dev.kakehashi.service.media;

/** An upload's format and size as its header gives them, before any pixel is decoded. */
record Probe(ImageFormat format, int width, int height) {
    long pixels() {
        return (long) width * height;
    }
}
