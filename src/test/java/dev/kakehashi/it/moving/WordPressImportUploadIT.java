package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The import page has its own upload limit ({@code import.max.upload.bytes}), larger than the one for
 * images: an export above {@code max.upload.bytes} is taken, one above the import's limit is refused
 * with 413 whether its length is declared or it arrives chunked, and nothing of it is kept.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressImportUploadIT {
    static final int IMPORT_LIMIT = 40_000;
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        // blog.xml (18 kB) is over the image limit and under the import's.
        server = KakehashiServer.fresh()
                .with("max.upload.bytes", "4096")
                .with("import.max.upload.bytes", Integer.toString(IMPORT_LIMIT));
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The file first and the choice after it, in the order a browser sends the form. */
    static MultipartBody form(byte[] file) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", new WebClient.FilePart("export.xml", "text/xml", file));
        parts.put("pings", "skip");
        return MultipartBody.of(parts);
    }

    static HttpRequest.Builder post(MultipartBody body, HttpRequest.BodyPublisher publisher) {
        String csrf = admin.get("/admin/settings/import").csrf();
        return HttpRequest.newBuilder(java.net.URI.create(server.url("/admin/settings/import?_csrf=" + csrf)))
                .header("Content-Type", body.contentType())
                .header("Accept", "text/html")
                .POST(publisher);
    }

    /** Past the limit and the room the form's other fields are allowed (64 KiB). */
    static byte[] oversized() {
        String blog = new String(WordPressImportIT.fixture("blog.xml"), StandardCharsets.UTF_8);
        return blog.replace("</rss>", "<!-- " + "padding ".repeat((IMPORT_LIMIT + 128 * 1024) / 8) + "-->\n</rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static long keptFiles() throws IOException {
        if (!Files.isDirectory(server.dataDir().resolve("imports"))) {
            return 0;
        }
        try (Stream<?> files = Files.list(server.dataDir().resolve("imports"))) {
            return files.count();
        }
    }

    @Test
    @Order(1)
    void anExportOverTheImageLimitButUnderTheImportLimitIsImported() throws IOException {
        MultipartBody body = form(WordPressImportIT.fixture("blog.xml"));
        WebClient.Page uploaded = admin.send(post(body, HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        Element report = WordPressImportIT.importToTheEnd(server, admin);
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("7");
        assertThat(report.selectFirst(".comments-imported").text())
                .as("the pingback skipped, as chosen after the file")
                .isEqualTo("3");
        assertThat(keptFiles()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void anExportOverTheImportLimitIsRefusedAndNothingIsKept() throws IOException {
        MultipartBody body = form(oversized());
        WebClient.Page refused = admin.send(post(body, HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than");
        assertThat(keptFiles()).isEqualTo(1);
        assertThat(WordPressImportIT.importsListed(admin)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aChunkedExportOverTheImportLimitIsCutOffAndNothingIsKept() throws IOException {
        MultipartBody body = form(oversized());
        WebClient.Page refused = admin.send(
                post(body, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.bytes()))));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.html().selectFirst("#import-error").text()).contains("larger than");
        assertThat(keptFiles()).isEqualTo(1);
        assertThat(WordPressImportIT.importsListed(admin)).isEqualTo(1);
    }
}
