package dev.kakehashi.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the multipart buffers ({@code MIME*.tmp}) that refused uploads of earlier Kakehashi
 * versions left in Tomcat's temp folder. Uploads are now held in memory (they are capped), so no
 * new ones appear. Only done where the files can be told apart safely: in Tomcat's own temp folder
 * ({@code $CATALINA_BASE/temp}, nobody else's), and only files older than this JVM, which no
 * running request can be writing.
 */
final class StaleUploadFiles {
    private static final Logger log = LoggerFactory.getLogger(StaleUploadFiles.class);

    private StaleUploadFiles() {}

    static void removeFromTomcatTemp() {
        String base = System.getProperty("catalina.base");
        String tmp = System.getProperty("java.io.tmpdir");
        if (base == null || tmp == null) {
            return;
        }
        Path temp = Path.of(tmp).toAbsolutePath().normalize();
        if (!temp.equals(Path.of(base, "temp").toAbsolutePath().normalize())) {
            return;
        }
        removeOlderThan(temp, ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** Deletes {@code MIME*.tmp} regular files in {@code dir} last written before {@code millis}; returns how many. */
    static int removeOlderThan(Path dir, long millis) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "MIME*.tmp")) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toMillis() < millis) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean stale upload buffers in {}: {}", dir, e.toString());
        }
        if (removed > 0) {
            log.info("Removed {} stale upload buffer(s) (MIME*.tmp) from {}", removed, dir);
        }
        return removed;
    }
}
