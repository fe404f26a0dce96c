package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.media.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The old site is gone, but its {@code wp-content/uploads} came as a zip with the export: the images
 * come from the zip. A zip that names a file outside its folder, or unpacks to too much, is refused
 * in one line and nothing is kept.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressUploadsZipIT {
    /** Nothing listens on the discard port: the old site is offline. */
    static final String GONE_SITE = "http://127.0.0.1:9";

    static final long IMPORT_LIMIT = 2_000_000;
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh().with("import.max.upload.bytes", String.valueOf(IMPORT_LIMIT));
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Lighthouse", "keeper", "keeper-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static byte[] export() {
        try (InputStream in = WordPressUploadsZipIT.class.getResourceAsStream("/wordpress/media.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("SITE", GONE_SITE)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static WebClient.Page upload(byte[] uploadsZip) {
        String csrf = admin.get("/admin/settings/import").csrf();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", new WebClient.FilePart("lighthouse.xml", "text/xml", export()));
        parts.put("uploads", new WebClient.FilePart("uploads.zip", "application/zip", uploadsZip));
        parts.put("pings", "keep");
        return admin.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
    }

    static long filesIn(String folder) throws IOException {
        return filesIn(server, folder);
    }

    static long filesIn(KakehashiServer on, String folder) throws IOException {
        Path dir = on.dataDir().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    @Order(1)
    void aZipThatClimbsOutOfItsFolderOrUnpacksTooMuchIsRefusedAndNothingIsKept() throws IOException {
        byte[] lamp = TestImages.jpeg(16, 16);
        Map<String, byte[]> climbing = new LinkedHashMap<>();
        climbing.put("wp-content/uploads/2020/03/lamp.jpg", lamp);
        climbing.put("wp-content/uploads/../../../../etc/lamp.jpg", lamp);
        // Zeros pack to almost nothing and unpack to more than four times the import's upload limit.
        byte[] zeros = new byte[(int) (4 * IMPORT_LIMIT + 1024)];
        Map<String, String> refused = Map.of(
                "climbing", upload(zip(climbing)).html().select("#import-error").text(),
                "bomb",
                        upload(zip(Map.of("wp-content/uploads/2020/03/fog.jpg", zeros)))
                                .html()
                                .select("#import-error")
                                .text(),
                "not a zip",
                        upload("just text".getBytes(StandardCharsets.UTF_8))
                                .html()
                                .select("#import-error")
                                .text());
        assertThat(refused.get("climbing")).startsWith("Refused").contains("outside its folder");
        assertThat(refused.get("bomb")).startsWith("Refused").contains("unpacks to more than");
        assertThat(refused.get("not a zip")).startsWith("Refused").contains("zip");
        assertThat(upload(zip(climbing)).status()).isEqualTo(422);

        assertThat(WordPressImportIT.importsListed(admin)).isZero();
        assertThat(filesIn("imports")).as("no refused upload is kept").isZero();
        assertThat(filesIn("media")).as("no image stored").isZero();
        assertThat(new WebClient(server).get("/articles/misty-morning").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void withTheOldSiteGoneTheImagesComeFromTheZip() throws Exception {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("wp-content/uploads/2020/03/lamp.jpg", TestImages.jpegWithGps(64, 48, 1));
        uploads.put("wp-content/uploads/2020/03/lamp-300x200.jpg", TestImages.jpeg(30, 20));
        uploads.put(
                "wp-content/uploads/2020/03/stairs.png", TestImages.encode(TestImages.redLeftBlueRight(64, 48), "png"));
        WebClient.Page page = upload(zip(uploads));
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        Element report = WordPressImportIT.importToTheEnd(server, admin);
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("1");
        assertThat(report.select(".import-messages li").eachText())
                .as("not in the zip, and the old site is offline")
                .anyMatch(m -> m.contains("storm.jpg"));

        List<String> images = WordPressMediaIT.imagesOn(server, "/articles/misty-morning");
        assertThat(images).hasSize(2).doesNotHaveDuplicates();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> lamp = http.send(
                HttpRequest.newBuilder(URI.create(server.url(images.get(0)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(lamp.statusCode()).isEqualTo(200);
        assertThat(lamp.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(TestImages.decode(lamp.body()).getWidth())
                .as("the full-size file, not the resized one")
                .isEqualTo(64);
        var metadata = TestImages.metadata(lamp.body());
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new WebClient(server)
                        .get("/wp-content/uploads/2020/03/stairs.png")
                        .header("Location"))
                .isEqualTo(server.url(images.get(1)));
    }
}
