package dev.kakehashi.service.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which old addresses name an uploaded image or recording, and which zip entry names stay inside their folder. */
class WpMediaPathsTest {
    @Test
    void aResizedVariantNamesTheFullSizeFile() {
        assertEquals(Optional.of("2019/05/fog.jpg"), WpMedia.uploadPath("/wp-content/uploads/2019/05/fog-300x200.jpg"));
        assertEquals(Optional.of("2019/05/fog.jpg"), WpMedia.uploadPath("/wp-content/uploads/2019/05/fog.jpg"));
        assertEquals(
                Optional.of("2019/05/fog-2x.PNG"), WpMedia.uploadPath("/blog/wp-content/uploads/2019/05/fog-2x.PNG"));
    }

    @Test
    void onlyImagesAndRecordingsInsideTheUploadsFolderAreNamed() {
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/uploads/../wp-config.jpg"));
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/uploads/2019/05/..%2f..%2fx.jpg"));
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/uploads/%2E%2E/x.jpg"));
        assertEquals(Optional.of("2015/03/waves.mp3"), WpMedia.uploadPath("/wp-content/uploads/2015/03/waves.mp3"));
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/uploads/2015/03/notes.pdf"));
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/uploads/2015/03/shell.php"));
        assertEquals(Optional.empty(), WpMedia.uploadPath("/wp-content/themes/a.jpg"));
    }

    @Test
    void zipNamesThatClimbOutOrAreAbsoluteAreUnsafe() {
        assertTrue(UploadsZip.isSafeName("wp-content/uploads/2019/05/fog.jpg"));
        assertTrue(UploadsZip.isSafeName("2019/05/..fog.jpg"));
        assertFalse(UploadsZip.isSafeName("../fog.jpg"));
        assertFalse(UploadsZip.isSafeName("uploads/../../fog.jpg"));
        assertFalse(UploadsZip.isSafeName("/etc/passwd"));
        assertFalse(UploadsZip.isSafeName("..\\fog.jpg"));
        assertFalse(UploadsZip.isSafeName("C:/fog.jpg"));
    }
}
