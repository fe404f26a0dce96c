package dev.kakehashi.service.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import's files in the data folder: {@code <id>.xml}, the export, and beside it {@code <id>.zip},
 * the old blog's uploads or the export zip the export came in. Written as they arrive, never whole
 * in memory; a failed or cut-off write leaves nothing behind.
 */
final class ImportFiles {
    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

    private ImportFiles() {}

    /** Writes {@code in} to {@code file}; when the copy fails or is cut off (too large), nothing stays. */
    static void write(InputStream in, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** When the export written to {@code export} is a zip, makes it the uploads zip: {@link #prepare} unpacks it. */
    static void keepZipAsUploads(Path export) {
        try {
            if (UploadsZip.isZip(export)) {
                Files.move(export, uploadsOf(export), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(export);
            deleteQuietly(uploadsOf(export));
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the uploads zip whole, if there is one, and unpacks the export from it when the export
     * came as that zip.
     *
     * @throws WxrRefused saying why in one line
     */
    static void prepare(Path export, long maxUnpackedBytes) throws IOException {
        Path zip = uploadsOf(export);
        if (Files.exists(zip)) {
            UploadsZip.check(zip, maxUnpackedBytes);
            if (!Files.exists(export)) {
                UploadsZip.extractExport(zip, export, maxUnpackedBytes);
            }
        }
    }

    /** An export's uploads zip, {@code <id>.zip} beside {@code <id>.xml}. */
    static Path uploadsOf(Path export) {
        return export.resolveSibling(export.getFileName().toString().replaceFirst("\\.xml$", "") + ".zip");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
