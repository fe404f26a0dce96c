package dev.kakehashi.web;

import dev.kakehashi.service.media.MediaFiles.StoredFile;
import dev.kakehashi.service.media.MediaService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Serves uploaded images at {@code /media/<id>.<ext>}. A name is never reused for other bytes, so
 * files are cached for a year as immutable, and revalidation (ETag, Last-Modified) answers 304.
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
            notFound(resp);
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
        resp.setContentType(file.contentType());
        resp.setContentLengthLong(file.size());
        if (body) {
            try {
                Files.copy(file.path(), resp.getOutputStream());
            } catch (NoSuchFileException e) {
                // Deleted between the look-up and the copy.
                if (!resp.isCommitted()) {
                    resp.reset();
                    notFound(resp);
                }
            }
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

    private static void notFound(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write("There is no image at this address.\n".getBytes(StandardCharsets.UTF_8));
    }
}
