package dev.kakehashi.domain;

/**
 * A file a {@link Status} shows: an upload of ours, or a file that stays on another server
 * ({@code remote}). Every field but {@code id}, {@code kind} and {@code url} may be null.
 *
 * @param id its id in the Mastodon API (an upload's id, else the owner's id and its position)
 * @param url the file's absolute address
 * @param mediaType its MIME type, when known
 * @param description its alt text
 * @param focusX the focal point's x, from -1 (left) to 1 (right)
 */
public record StatusAttachment(
        String id,
        RemoteMedia.Kind kind,
        String url,
        boolean remote,
        String mediaType,
        String description,
        String blurhash,
        Integer width,
        Integer height,
        Double focusX,
        Double focusY) {
    public boolean isImage() {
        return kind == RemoteMedia.Kind.IMAGE;
    }
}
