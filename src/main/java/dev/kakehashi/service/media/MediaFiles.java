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
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, dir.resolve(name));
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + name + " in " + dir, e);
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
