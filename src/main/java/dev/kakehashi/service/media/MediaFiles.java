package dev.kakehashi.service.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder of stored images, audio and video ({@code <data dir>/media}). Files are named {@code <id>.<ext>} and
 * never reused; a file appears whole (written aside, then moved into place) or not at all.
 */
public final class MediaFiles {
    /** The only names ever stored, so no request path can reach outside the folder. */
    static final Pattern NAME = Pattern.compile("[1-9][0-9]{0,18}\\.(jpg|png|wav|mp3|ogg|flac|m4a|mp4|webm)");

    private static final String ORIGINALS = "originals";

    private final Path dir;

    public MediaFiles(Path dir) {
        this.dir = dir;
    }

    /** A stored file with what serving it needs. */
    public record StoredFile(Path path, String contentType, long size, FileTime lastModified) {}

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Writes {@code bytes} as {@code name}; readers never see a partly written file. */
    public void store(String name, byte[] bytes) {
        requireValid(name);
        write(dir, name, bytes);
    }

    /**
     * Keeps an upload's bytes as they came, until the processing job has made its file ({@code
     * originals/<id>}: a folder the media URLs never reach, since their names have no folder).
     */
    public void keepOriginal(long id, byte[] bytes) {
        write(dir.resolve(ORIGINALS), Long.toString(id), bytes);
    }

    /** The bytes {@link #keepOriginal} kept for {@code id}, if they are still there. */
    public Optional<byte[]> original(long id) {
        Path path = originalPath(id);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    public void deleteOriginal(long id) {
        Path path = originalPath(id);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private Path originalPath(long id) {
        return dir.resolve(ORIGINALS).resolve(Long.toString(id));
    }

    private static void write(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, folder.resolve(name));
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + name + " in " + folder, e);
        }
    }

    public void delete(String name) {
        requireValid(name);
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir.resolve(name), e);
        }
    }

    /** The stored file called {@code name}; empty for any other name or a missing file. */
    public Optional<StoredFile> find(String name) {
        if (!isValidName(name)) {
            return Optional.empty();
        }
        Path path = dir.resolve(name);
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            String ext = name.substring(name.indexOf('.') + 1);
            String type = ImageFormat.ofExtension(ext)
                    .map(ImageFormat::contentType)
                    .or(() -> AvFormat.ofExtension(ext).map(AvFormat::contentType))
                    .orElseThrow();
            return Optional.of(new StoredFile(path, type, Files.size(path), Files.getLastModifiedTime(path)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void requireValid(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
    }
}
