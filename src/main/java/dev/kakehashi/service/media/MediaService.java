package dev.kakehashi.service.media;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.MediaState;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.error.UnprocessableException;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Image uploads: size-checked while reading, recognised from their bytes, re-encoded without
 * metadata, stored as a file plus a {@link Media} row that appear together or not at all.
 */
public final class MediaService {
    public static final int MAX_ALT_LENGTH = 1500;
    /** How long an app's upload waits for a status before it is deleted, as on Mastodon. */
    public static final Duration UNATTACHED_FOR = Duration.ofDays(1);
    /** Mastodon's words for an upload whose processing failed ({@code Api::V1::MediaController}). */
    public static final String PROCESSING_FAILED = "Error processing thumbnail for uploaded media";

    private final Transactions tx;
    private final MediaRepository media;
    private final PostRepository posts;
    private final MediaFiles files;
    private final ImageSanitizer sanitizer;
    private final long maxUploadBytes;
    private final Clock clock;

    public MediaService(
            Transactions tx,
            MediaRepository media,
            MediaFiles files,
            ImageLimits limits,
            long maxUploadBytes,
            Clock clock) {
        this.tx = tx;
        this.media = media;
        this.posts = new PostRepository(tx);
        this.files = files;
        this.sanitizer = new ImageSanitizer(limits);
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
    }

    /**
     * Stores an uploaded image for {@code ownerId}. Reads at most the upload limit plus one byte.
     *
     * @param declaredFileName the name the client gave, used only in messages
     * @throws ServiceException 413 when larger than the limit, 415 when not a usable JPEG, PNG, GIF or
     *     WebP, 422 when the alt text is too long or the picture too large in pixels
     */
    public Media upload(long ownerId, InputStream in, String declaredFileName, String altText) {
        return image(ownerId, in, declaredFileName, altText, false);
    }

    /**
     * Stores an image an app uploaded ({@code POST /api/v1/media}): as {@link #upload}, and it
     * waits for a status to take it; {@link #dropUnattached} deletes it if none does within a day.
     */
    public Media uploadForStatus(
            long ownerId, InputStream in, String declaredFileName, String altText, FocalPoint focus) {
        String shownName = shownName(declaredFileName);
        return uploadForStatus(ownerId, readLimited(in, shownName), shownName, checkAlt(altText), focus);
    }

    /** {@link #uploadForStatus} of bytes already read and an alt text already checked. */
    Media uploadForStatus(long ownerId, byte[] bytes, String shownName, String alt, FocalPoint focus) {
        return storeImage(ownerId, sanitizer.sanitize(bytes, shownName), alt, true, focus);
    }

    private Media image(long ownerId, InputStream in, String declaredFileName, String altText, boolean forStatus) {
        String alt = checkAlt(altText);
        String shownName = shownName(declaredFileName);
        return storeImage(ownerId, sanitizer.sanitize(readLimited(in, shownName), shownName), alt, forStatus, null);
    }

    /** The sanitizer uploads go through, with this service's limits: the processing job's too. */
    ImageSanitizer sanitizer() {
        return sanitizer;
    }

    /** {@link #store} of a sanitized image, in the format its bytes are. */
    private Media storeImage(long ownerId, CleanImage clean, String alt, boolean forStatus, FocalPoint focus) {
        return store(
                ownerId,
                clean.format().extension(),
                clean.format().contentType(),
                clean,
                clean.bytes(),
                alt,
                forStatus,
                focus);
    }

    /**
     * Deletes an app's upload of {@code ownerId}'s that no status took ({@code DELETE
     * /api/v1/media/:id}), row and file.
     *
     * @throws ServiceException 404 for anyone else's or an unknown id; 422 once a status took it, or
     *     for an image of the admin's library, which no app uploaded
     */
    public void deleteUnattached(long ownerId, long mediaId) {
        Media removed = tx.call(() -> {
            Media m = media.byId(mediaId)
                    .filter(x -> x.ownerId() == ownerId)
                    .orElseThrow(() -> ServiceException.notFound("Image"));
            if (!m.unattached()) {
                throw InvalidInputException.of("media", "Media attachment is currently used by a status");
            }
            media.remove(m);
            return m;
        });
        discardFiles(removed);
    }

    /**
     * Deletes, rows and files, at most {@code limit} of the apps' uploads that no status took
     * within {@link #UNATTACHED_FOR} (Mastodon's media vacuum); answers how many.
     */
    public int dropUnattached(int limit) {
        List<Media> removed = tx.call(() -> {
            List<Media> gone = new java.util.ArrayList<>();
            for (Media m : media.unattachedBefore(clock.instant().minus(UNATTACHED_FOR), limit)) {
                media.remove(m);
                gone.add(m);
            }
            return gone;
        });
        // After the commit: a file is never gone while its row is still there.
        removed.forEach(this::discardFiles);
        return removed.size();
    }

    /** The file of a removed row, or the original of one that was still processing. */
    private void discardFiles(Media m) {
        if (m.state() == MediaState.READY) {
            files.delete(m.fileName());
        }
        files.deleteOriginal(m.id());
    }

    /**
     * Stores an imported blog's file: an audio or video file (WAV, MP3, Ogg, FLAC, MP4, WebM,
     * recognised from its bytes) as it is, anything else as an {@link #upload image}.
     *
     * @throws ServiceException as {@link #upload} does; 415 when neither a known recording nor an image
     */
    public Media importFile(long ownerId, InputStream in, String declaredFileName, String altText) {
        String alt = checkAlt(altText);
        String shownName = shownName(declaredFileName);
        byte[] bytes = readLimited(in, shownName);
        Optional<AvFormat> av = AvFormat.sniff(bytes);
        if (av.isPresent()) {
            return store(ownerId, av.get().extension(), av.get().contentType(), null, bytes, alt, false, null);
        }
        return storeImage(ownerId, sanitizer.sanitize(bytes, shownName), alt, false, null);
    }

    /** The row and the file, together or not at all; a recording ({@code image} null) is 0 by 0 pixels. */
    private Media store(
            long ownerId,
            String extension,
            String type,
            CleanImage image,
            byte[] bytes,
            String alt,
            boolean forStatus,
            FocalPoint focus) {
        long id = Snowflake.next();
        String fileName = id + "." + extension;
        return tx.call(() -> {
            Media m = new Media(
                    id,
                    ownerId,
                    fileName,
                    type,
                    image == null ? 0 : image.width(),
                    image == null ? 0 : image.height(),
                    bytes.length,
                    alt,
                    clock.instant());
            if (forStatus) {
                m.awaitStatus();
            }
            m.focus(focus);
            media.add(m);
            tx.session().flush();
            tx.afterRollback(() -> files.delete(fileName));
            files.store(fileName, bytes);
            return m;
        });
    }

    /**
     * Changes the alt text of an image; only its owner or an administrator may.
     *
     * @throws ServiceException 404 when there is no such image, 403 for someone else's, 422 when too long
     */
    public Media describe(long actorId, boolean actorIsAdmin, long mediaId, String altText) {
        String alt = checkAlt(altText);
        return tx.call(() -> {
            Media m = media.byId(mediaId).orElseThrow(() -> ServiceException.notFound("Image"));
            if (m.ownerId() != actorId && !actorIsAdmin) {
                throw ServiceException.forbidden("You can only describe your own images");
            }
            m.describe(alt);
            posts.imageChanged(mediaId);
            return m;
        });
    }

    /**
     * Sets or removes ({@code focus} null) the focal point of an image of {@code ownerId}'s; the posts
     * that show it get a new change stamp, since it is part of what they show.
     *
     * @throws ServiceException 404 for anyone else's or an unknown id
     */
    public Media focus(long ownerId, long mediaId, FocalPoint focus) {
        return tx.call(() -> {
            Media m = media.byId(mediaId)
                    .filter(x -> x.ownerId() == ownerId)
                    .orElseThrow(() -> ServiceException.notFound("Image"));
            if (m.focus(focus)) {
                posts.imageChanged(mediaId);
            }
            return m;
        });
    }

    /**
     * An app's view of an upload of {@code ownerId}'s, as {@link #own}; 422 (Mastodon's words) when
     * its processing failed.
     */
    public Media ownUpload(long ownerId, long mediaId) {
        Media m = own(ownerId, mediaId);
        if (m.state() == MediaState.FAILED) {
            throw new UnprocessableException(PROCESSING_FAILED);
        }
        return m;
    }

    /** An image of {@code ownerId}'s; 404 for anyone else's or an unknown id, as if it were not there. */
    public Media own(long ownerId, long mediaId) {
        return tx.call(() -> media.byId(mediaId)
                .filter(m -> m.ownerId() == ownerId)
                .orElseThrow(() -> ServiceException.notFound("Image")));
    }

    /** The stored file behind a public media URL, if {@code fileName} names one. */
    public Optional<MediaFiles.StoredFile> file(String fileName) {
        return files.find(fileName);
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    static String checkAlt(String altText) {
        String alt = altText == null ? "" : altText.strip();
        if (alt.length() > MAX_ALT_LENGTH) {
            throw InvalidInputException.of("alt", "Alt text must be at most " + MAX_ALT_LENGTH + " characters");
        }
        return alt;
    }

    byte[] readLimited(InputStream in, String shownName) {
        if (in == null) {
            throw InvalidInputException.of("file", "Choose an image to upload");
        }
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
            if (bytes.length > maxUploadBytes) {
                throw ServiceException.tooLarge(
                        shownName + " is larger than " + humanSize(maxUploadBytes) + ", the largest upload allowed.");
            }
            if (bytes.length == 0) {
                throw InvalidInputException.of("file", "The file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 10 MiB}, {@code 200 KiB} or {@code 1234 bytes}: for messages. */
    public static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    static String shownName(String declared) {
        if (declared == null || declared.isBlank()) {
            return "The file";
        }
        String base = declared.replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "");
        return base.length() > 80 ? base.substring(0, 80) + "…" : base;
    }
}
