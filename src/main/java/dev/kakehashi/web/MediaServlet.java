package dev.kakehashi.web;

import dev.kakehashi.service.media.AvFormat;
import dev.kakehashi.service.media.ImageFormat;
import dev.kakehashi.service.media.MediaFiles.StoredFile;
import dev.kakehashi.service.media.MediaService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves uploaded images, audio and video at {@code /media/<id>.<ext>}. A name is never reused for
 * other bytes, so files are cached for a year as immutable, and revalidation (ETag, Last-Modified)
 * answers 304. A single byte range is answered with 206, so players can seek.
 */
public final class MediaServlet extends HttpServlet {
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final transient MediaService media;

    public MediaServlet(MediaService media) {
        this.media = media;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = req.getPathInfo();
        Optional<StoredFile> found = path == null ? Optional.empty() : media.file(path.substring(1));
        if (found.isEmpty()) {
            notFound(resp, path);
            return;
        }
        StoredFile file = found.get();
        String etag = "\"" + path.substring(1).replace('.', '-') + "-" + file.size() + "\"";
        long lastModified = file.lastModified().toMillis() / 1000 * 1000;
        resp.setHeader("Cache-Control", CACHE_FOREVER);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setHeader("Accept-Ranges", "bytes");
        // Range is defined for GET only; HEAD describes the whole file.
        Optional<ByteRange> range = body && rangeStillHolds(req, etag, lastModified)
                ? ByteRange.parse(req.getHeader("Range"), file.size())
                : Optional.empty();
        if (range.isPresent() && !range.get().satisfiable()) {
            resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            resp.setHeader("Content-Range", "bytes */" + file.size());
            return;
        }
        ByteRange part = range.orElse(new ByteRange(0, file.size() - 1));
        if (range.isPresent()) {
            resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            resp.setHeader("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + file.size());
        }
        resp.setContentType(file.contentType());
        resp.setContentLengthLong(part.length());
        if (body) {
            try (FileChannel in = FileChannel.open(file.path(), StandardOpenOption.READ)) {
                copy(in, part, Channels.newChannel(resp.getOutputStream()));
            } catch (NoSuchFileException e) {
                // Deleted between the look-up and the copy.
                if (!resp.isCommitted()) {
                    resp.reset();
                    notFound(resp, path);
                }
            }
        }
    }

    /** Streams the range from the file; never more than the channel's buffers in memory. */
    private static void copy(FileChannel in, ByteRange part, WritableByteChannel out) throws IOException {
        long position = part.first();
        long end = part.last() + 1;
        while (position < end) {
            long sent = in.transferTo(position, end - position, out);
            if (sent <= 0) {
                throw new EOFException("The file became shorter while it was sent");
            }
            position += sent;
        }
    }

    /**
     * If-Range (RFC 9110 §13.1.5): the range applies only while the client's copy is this one, by a
     * strong ETag or by the exact Last-Modified date; otherwise the whole file is sent.
     */
    private static boolean rangeStillHolds(HttpServletRequest req, String etag, long lastModified) {
        String ifRange = req.getHeader("If-Range");
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        try {
            return req.getDateHeader("If-Range") == lastModified;
        } catch (IllegalArgumentException unparseableDate) {
            return false;
        }
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
    private static boolean notModified(HttpServletRequest req, String etag, long lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException unparseableDate) {
            return false;
        }
    }

    private static void notFound(HttpServletResponse resp, String path) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String message = "There is no " + missing(path) + " at this address.\n";
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }

    /** What the address names by its extension: an image, an audio recording, a video, or a file. */
    static String missing(String path) {
        String ext =
                path == null ? "" : path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (ImageFormat.ofExtension(ext).isPresent()) {
            return "image";
        }
        return AvFormat.ofExtension(ext)
                .map(f -> f.isVideo() ? "video" : "audio recording")
                .orElse("file");
    }
}
