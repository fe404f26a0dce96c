package dev.kakehashi.service.media;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
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
    public Media uploadForStatus(long ownerId, InputStream in, String declaredFileName, String altText) {
        return image(ownerId, in, declaredFileName, altText, true);
    }

    private Media image(long ownerId, InputStream in, String declaredFileName, String altText, boolean forStatus) {
        String alt = checkAlt(altText);
        String shownName = shownName(declaredFileName);
        CleanImage clean = sanitizer.sanitize(readLimited(in, shownName), shownName);
        return store(
                ownerId,
                clean.format().extension(),
                clean.format().contentType(),
                clean,
                clean.bytes(),
                alt,
                forStatus);
    }

    /**
     * Deletes an app's upload of {@code ownerId}'s that no status took ({@code DELETE
     * /api/v1/media/:id}), row and file.
     *
     * @throws ServiceException 404 for anyone else's or an unknown id; 422 once a status took it, or
     *     for an image of the admin's library, which no app uploaded
     */
    public void deleteUnattached(long ownerId, long mediaId) {
        String fileName = tx.call(() -> {
            Media m = media.byId(mediaId)
                    .filter(x -> x.ownerId() == ownerId)
                    .orElseThrow(() -> ServiceException.notFound("Image"));
            if (!m.unattached()) {
                throw InvalidInputException.of("media", "Media attachment is currently used by a status");
            }
            media.remove(m);
            return m.fileName();
        });
        files.delete(fileName);
    }

    /**
     * Deletes, rows and files, at most {@code limit} of the apps' uploads that no status took
     * within {@link #UNATTACHED_FOR} (Mastodon's media vacuum); answers how many.
     */
    public int dropUnattached(int limit) {
        List<String> removed = tx.call(() -> {
            List<String> names = new java.util.ArrayList<>();
            for (Media m : media.unattachedBefore(clock.instant().minus(UNATTACHED_FOR), limit)) {
                media.remove(m);
                names.add(m.fileName());
            }
            return names;
        });
        // After the commit: a file is never gone while its row is still there.
        removed.forEach(files::delete);
        return removed.size();
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
            return store(ownerId, av.get().extension(), av.get().contentType(), null, bytes, alt, false);
        }
        CleanImage clean = sanitizer.sanitize(bytes, shownName);
        return store(
                ownerId, clean.format().extension(), clean.format().contentType(), clean, clean.bytes(), alt, false);
    }

    /** The row and the file, together or not at all; a recording ({@code image} null) is 0 by 0 pixels. */
    private Media store(
            long ownerId,
            String extension,
            String type,
            CleanImage image,
            byte[] bytes,
            String alt,
            boolean forStatus) {
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

    private static String checkAlt(String altText) {
        String alt = altText == null ? "" : altText.strip();
        if (alt.length() > MAX_ALT_LENGTH) {
            throw InvalidInputException.of("alt", "Alt text must be at most " + MAX_ALT_LENGTH + " characters");
        }
        return alt;
    }

    private byte[] readLimited(InputStream in, String shownName) {
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

    private static String shownName(String declared) {
        if (declared == null || declared.isBlank()) {
            return "The file";
        }
        String base = declared.replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "");
        return base.length() > 80 ? base.substring(0, 80) + "…" : base;
    }
}
