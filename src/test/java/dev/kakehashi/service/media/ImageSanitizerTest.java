package dev.kakehashi.service.media;

import static dev.kakehashi.service.media.TestImages.decode;
import static dev.kakehashi.service.media.TestImages.isBlue;
import static dev.kakehashi.service.media.TestImages.isRed;
import static dev.kakehashi.service.media.TestImages.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import dev.kakehashi.service.error.ServiceException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ImageSanitizerTest {
    private final ImageSanitizer sanitizer = new ImageSanitizer(ImageLimits.DEFAULT);

    @Test
    void theTestPhotoReallyCarriesGpsBeforeSanitizing() {
        byte[] photo = TestImages.jpegWithGps(40, 20, 1);
        assertThat(metadata(photo).getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
                .isNotNull();
    }

    @Test
    void aJpegStaysAJpegWithoutExifOrGps() {
        CleanImage clean = sanitizer.sanitize(TestImages.jpegWithGps(40, 20, 1), "photo.jpg");
        assertThat(clean.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(metadata(clean.bytes()).getFirstDirectoryOfType(GpsDirectory.class))
                .isNull();
        assertThat(metadata(clean.bytes()).getFirstDirectoryOfType(ExifIFD0Directory.class))
                .isNull();
        assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
        BufferedImage image = decode(clean.bytes());
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(20);
        assertThat(isRed(image.getRGB(5, 10))).isTrue();
        assertThat(isBlue(image.getRGB(35, 10))).isTrue();
    }

    @Test
    void aSidewaysPhonePhotoIsTurnedUprightBeforeItsOrientationTagIsDropped() {
        // Orientation 6: the stored pixels need a quarter turn clockwise to be upright.
        CleanImage clean = sanitizer.sanitize(TestImages.jpegWithGps(40, 20, 6), "sideways.jpg");
        assertThat(clean.width()).isEqualTo(20);
        assertThat(clean.height()).isEqualTo(40);
        BufferedImage image = decode(clean.bytes());
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(isRed(image.getRGB(10, 5))).as("left half is now on top").isTrue();
        assertThat(isBlue(image.getRGB(10, 35))).isTrue();
    }

    @Test
    void anUpsideDownPhotoIsTurnedHalfway() {
        CleanImage clean = sanitizer.sanitize(TestImages.jpegWithGps(40, 20, 3), "upside-down.jpg");
        BufferedImage image = decode(clean.bytes());
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(isBlue(image.getRGB(5, 10))).isTrue();
        assertThat(isRed(image.getRGB(35, 10))).isTrue();
    }

    @Test
    void aPngStaysAPngWithoutItsTextChunks() {
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(10, 10), "png");
        CleanImage clean = sanitizer.sanitize(png, "drawing.png");
        assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
        assertThat(decode(clean.bytes()).getWidth()).isEqualTo(10);
        for (Directory d : metadata(clean.bytes()).getDirectories()) {
            assertThat(d.getName()).doesNotContain("Exif", "XMP", "GPS");
        }
    }

    @Test
    void aGifBecomesAPng() {
        byte[] gif = TestImages.encode(TestImages.redLeftBlueRight(10, 10), "gif");
        CleanImage clean = sanitizer.sanitize(gif, "anim.gif");
        assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
        assertThat(isRed(decode(clean.bytes()).getRGB(1, 1))).isTrue();
    }

    @Test
    void aLosslessWebpIsAccepted() {
        // The 1x1 lossless WebP that browsers' feature checks use.
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        CleanImage clean = sanitizer.sanitize(webp, "tiny.webp");
        assertThat(clean.format()).isIn(ImageFormat.PNG, ImageFormat.JPEG);
        assertThat(decode(clean.bytes()).getWidth()).isEqualTo(1);
    }

    @Test
    void textNamedLikeAPhotoIsRefusedAs415() {
        byte[] text = "hello, I am not a picture".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> sanitizer.sanitize(text, "photo.jpg"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageContaining("photo.jpg is not an image we can use");
    }

    @Test
    void aPdfIsRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> sanitizer.sanitize(pdf, "doc.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void anExecutableRenamedPngIsRefused() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> sanitizer.sanitize(exe, "setup.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void aTruncatedJpegIsRefused() {
        byte[] jpeg = TestImages.jpeg(200, 200);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> sanitizer.sanitize(truncated, "cut.jpg"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(200, 200), "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> sanitizer.sanitize(truncated, "cut.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void aPictureClaimingHugeDimensionsIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> sanitizer.sanitize(TestImages.pngClaiming(100_000, 100_000), "bomb.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("100000 x 100000");
    }

    @Test
    void tooManyMegapixelsWithinTheSideLimitIsRefused() {
        assertThatThrownBy(() -> sanitizer.sanitize(TestImages.pngClaiming(10_000, 10_000), "big.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void aTinyPngDeclaring7000By7000IsRefusedFromItsHeaderAsABomb() {
        byte[] bomb = TestImages.pngClaiming(7000, 7000);
        assertThat(bomb.length).isLessThan(6 * 1024);
        assertThatThrownBy(() -> sanitizer.sanitize(bomb, "bomb.png"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("7000 x 7000")
                .hasMessageContaining("damaged or malicious");
    }

    @Test
    void aWellCompressedButHonestScreenshotSizedPngIsStillAccepted() {
        byte[] flat = TestImages.encode(new BufferedImage(2560, 1600, BufferedImage.TYPE_INT_RGB), "png");
        assertThat(sanitizer.sanitize(flat, "flat.png")).isNotNull();
    }
}
