package dev.kakehashi.service.media;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.Transactions;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apps' uploads through {@code POST /api/v2/media}, processed in the background as Mastodon does.
 * What can be told at once is checked at once (size, type and dimensions from the bytes' header),
 * then the original is kept beside the media files and the row stored as processing, both in one
 * transaction; the media processing job ({@link #work}) sanitizes it as a synchronous upload is
 * (upright, metadata stripped, re-encoded) and gives it its file. The rows are the queue, so an
 * upload a restart interrupted is processed by the next run. A picture of at most {@code
 * inlineMaxPixels} is processed within the request instead (Mastodon answers 200 when processing
 * finished in time), so that apps which post the id at once without waiting keep working.
 */
public final class MediaProcessing {
    private static final Logger log = LoggerFactory.getLogger(MediaProcessing.class);

    private final Transactions tx;
    private final MediaRepository media;
    private final MediaFiles files;
    private final MediaService uploads;
    private final ImageSanitizer sanitizer;
    private final long inlineMaxPixels;
    private final Clock clock;

    public MediaProcessing(
            Transactions tx,
            MediaRepository media,
            MediaFiles files,
            MediaService uploads,
            long inlineMaxPixels,
            Clock clock) {
        this.tx = tx;
        this.media = media;
        this.files = files;
        this.uploads = uploads;
        this.sanitizer = uploads.sanitizer();
        this.inlineMaxPixels = inlineMaxPixels;
        this.clock = clock;
    }

    /**
     * Takes an app's upload for processing: a small picture is processed now (the row comes back
     * ready), a larger one later (the row comes back {@link Media#processing() processing}).
     *
     * @throws ServiceException 413 when larger than the upload limit, 415 when no JPEG, PNG, GIF or
     *     WebP reader recognises it, 422 when the alt text is too long or the picture too large in
     *     pixels; nothing is stored then
     */
    public Media upload(long ownerId, InputStream in, String declaredFileName, String altText, FocalPoint focus) {
        String shownName = MediaService.shownName(declaredFileName);
        String alt = MediaService.checkAlt(altText);
        byte[] bytes = uploads.readLimited(in, shownName);
        Probe probe = sanitizer.probe(bytes, shownName);
        if (probe.pixels() <= inlineMaxPixels) {
            try {
                return uploads.uploadForStatus(ownerId, bytes, shownName, alt, focus);
            } catch (OverloadedException busy) {
                // Other pictures hold the decoder: this one waits for the job instead of a 503.
            }
        }
        long id = Snowflake.next();
        return tx.call(() -> {
            // No file yet: its name is given when processed. The size is the original's until then.
            Media m = new Media(
                    id,
                    ownerId,
                    id + ".pending",
                    probe.format().contentType(),
                    0,
                    0,
                    bytes.length,
                    alt,
                    clock.instant());
            m.awaitStatus();
            m.awaitProcessing();
            m.focus(focus);
            media.add(m);
            tx.session().flush();
            tx.afterRollback(() -> files.deleteOriginal(id));
            files.keepOriginal(id, bytes);
            return m;
        });
    }

    /** Processes at most {@code limit} uploads waiting, oldest first; answers how many it took up. */
    public int work(int limit) {
        List<Long> waiting = tx.call(() -> media.processingIds(limit));
        for (long id : waiting) {
            process(id);
        }
        return waiting.size();
    }

    private void process(long id) {
        Optional<byte[]> original = files.original(id);
        if (original.isEmpty()) {
            fail(id, "its original is missing");
            return;
        }
        CleanImage clean;
        try {
            clean = sanitizer.sanitize(original.get(), "The upload");
        } catch (OverloadedException e) {
            log.info("Upload {} waits for the next run: other images are being processed", id);
            return;
        } catch (ServiceException e) {
            fail(id, e.getMessage());
            return;
        }
        String fileName = id + "." + clean.format().extension();
        files.store(fileName, clean.bytes());
        boolean kept = tx.call(() -> media.processed(
                id, fileName, clean.format().contentType(), clean.width(), clean.height(), clean.bytes().length));
        if (!kept) {
            files.delete(fileName); // deleted by its owner meanwhile
        }
        files.deleteOriginal(id);
        log.debug("Upload {} processed", id);
    }

    private void fail(long id, String why) {
        if (tx.call(() -> media.failed(id))) {
            log.warn("Upload {} could not be processed: {}", id, why);
        }
        files.deleteOriginal(id);
    }
}
