package dev.kakehashi.service.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {
    @TempDir
    Path dir;

    @Test
    void storesWholeFilesAndLeavesNoTemporaryFileBehind() throws Exception {
        MediaFiles files = new MediaFiles(dir.resolve("media"));
        files.store("123.jpg", new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(dir.resolve("media/123.jpg"))).containsExactly(1, 2, 3);
        try (var listing = Files.list(dir.resolve("media"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("123.jpg");
        }
        var found = files.find("123.jpg").orElseThrow();
        assertThat(found.contentType()).isEqualTo("image/jpeg");
        assertThat(found.size()).isEqualTo(3);
    }

    @Test
    void onlyStoredNamesAreFoundSoPathsCannotEscapeTheFolder() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        MediaFiles files = new MediaFiles(dir.resolve("media"));
        assertThat(files.find("../secret.txt")).isEmpty();
        assertThat(files.find("..%2Fsecret.txt")).isEmpty();
        assertThat(files.find("123.jpg/../../secret.txt")).isEmpty();
        assertThat(files.find("123.exe")).isEmpty();
        assertThat(files.find("")).isEmpty();
        assertThat(files.find("999.png")).isEmpty();
    }

    @Test
    void deletingRemovesTheFile() {
        MediaFiles files = new MediaFiles(dir);
        files.store("7.png", new byte[] {9});
        files.delete("7.png");
        assertThat(files.find("7.png")).isEmpty();
    }
}
