package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleUploadFilesTest {
    @TempDir
    Path temp;

    @Test
    void onlyMultipartBuffersOlderThanTheJvmAreRemoved() throws Exception {
        long started = System.currentTimeMillis();
        Path stale = Files.writeString(temp.resolve("MIME123.tmp"), "old");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(started - 60_000));
        Path fresh = Files.writeString(temp.resolve("MIME456.tmp"), "in flight");
        Files.setLastModifiedTime(fresh, FileTime.fromMillis(started + 60_000));
        Path other = Files.writeString(temp.resolve("other.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.fromMillis(started - 60_000));

        assertThat(StaleUploadFiles.removeOlderThan(temp, started)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }
}
