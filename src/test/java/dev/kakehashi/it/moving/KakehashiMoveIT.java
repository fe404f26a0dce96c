package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.web.MediaIT;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Leaving one Kakehashi blog for another: the old blog's export zip (Settings → Export) is uploaded on
 * the new blog's Settings → Import with the old blog already gone. Articles, short posts, the page,
 * comments in their threads, tags and the image (the same bytes, from the zip) all arrive, and the
 * old blog's addresses answer 301. A zip that is not a usable export is refused in one line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KakehashiMoveIT {
    static final List<String> READ = List.of(
            "/",
            "/articles/first-light",
            "/articles/mending-nets",
            "/about",
            "/articles/made-here",
            "/tags/boats",
            "/tags/harbour");

    static KakehashiServer target;
    static WebClient newAdmin;
    static byte[] exportZip;
    static byte[] imageBytes;
    static String articleId;
    static String noteId;
    static String noteText;
    static final Map<String, List<String>> SEEN = new LinkedHashMap<>();

    /** Writes a blog on the old site, downloads its export zip and what a reader sees, then closes it. */
    @BeforeAll
    static void start() {
        try (KakehashiServer source = KakehashiServer.started()) {
            WebClient admin = new WebClient(source).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
            AdminPages.publishCommentsAtOnce(admin);
            // Pages, tags and threaded comments, by way of a WordPress export...
            assertThat(WordPressImportIT.upload(admin, "blog.xml", "keep").status())
                    .isEqualTo(303);
            WordPressImportIT.importToTheEnd(source, admin);
            // ...and an article with an image and a short post written here.
            String png = MediaIT.uploadPng(admin, "Red and blue").path("url").asText();
            articleId = admin.compose(
                    "article",
                    "publish",
                    "title",
                    "Made here",
                    "body",
                    "Written in **Kakehashi**.\n\n![Red and blue](" + png + ")",
                    "tags",
                    "harbour, boats");
            noteText = "A short one from the quay.";
            noteId = admin.compose("note", "publish", "body", noteText);
            List<String> images = WordPressMediaIT.imagesOn(source, "/articles/made-here");
            assertThat(images).hasSize(1);
            imageBytes = admin.download(images.get(0)).body();
            for (String path : READ) {
                SEEN.put(path, WordPressExportIT.seen(new WebClient(source).get(path), source));
            }
            HttpResponse<byte[]> zip = admin.download("/admin/settings/export/wordpress.zip");
            assertThat(zip.statusCode()).isEqualTo(200);
            exportZip = zip.body();
        }
        target = KakehashiServer.started();
        newAdmin = new WebClient(target).setUpAndLogIn("Harbour again", "harbourmaster", "harbour-password-2");
    }

    @AfterAll
    static void stop() {
        if (target != null) target.close();
    }

    static WebClient.Page upload(byte[] zip, byte[] uploads) {
        String csrf = newAdmin.get("/admin/settings/import").csrf();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("pings", "keep");
        parts.put("file", new WebClient.FilePart("kakehashi-export.zip", "application/zip", zip));
        if (uploads != null) {
            parts.put("uploads", new WebClient.FilePart("uploads.zip", "application/zip", uploads));
        }
        return newAdmin.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
    }

    @Test
    @Order(1)
    void aZipThatIsNoUsableExportIsRefusedInOneLineAndNothingIsKept() throws IOException {
        byte[] wxr = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> climbing = new LinkedHashMap<>();
        climbing.put("wordpress-export.xml", wxr);
        climbing.put("media/../../../etc/1.png", new byte[] {1});
        Map<String, byte[]> twoExports = new LinkedHashMap<>();
        twoExports.put("a.xml", wxr);
        twoExports.put("b.xml", wxr);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("outside its folder", error(upload(WordPressUploadsZipIT.zip(climbing), null)));
        refused.put(
                "no WordPress export",
                error(upload(WordPressUploadsZipIT.zip(Map.of("media/1.png", new byte[] {1})), null)));
        refused.put("more than one .xml", error(upload(WordPressUploadsZipIT.zip(twoExports), null)));
        refused.put("brings its own files", error(upload(exportZip, exportZip)));
        refused.put("not a zip", error(upload(new byte[] {'P', 'K', 3, 4, 0, 0}, null)));
        refused.forEach(
                (why, error) -> assertThat(error).as(why).startsWith("Refused").contains(why));

        assertThat(WordPressImportIT.importsListed(newAdmin)).isZero();
        assertThat(WordPressUploadsZipIT.filesIn(target, "imports"))
                .as("no refused upload is kept")
                .isZero();
        assertThat(WordPressUploadsZipIT.filesIn(target, "media")).isZero();
        assertThat(new WebClient(target).get("/articles/made-here").status()).isEqualTo(404);
    }

    private static String error(WebClient.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(422);
        return page.html().select("#import-error").text();
    }

    @Test
    @Order(2)
    void theExportZipBringsTheBlogOverWithTheOldSiteGone() {
        WebClient.Page uploaded = upload(exportZip, null);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        Element report = WordPressImportIT.importToTheEnd(target, newAdmin);
        assertThat(report.select(".import-messages li").eachText()).noneMatch(m -> m.contains("rror"));

        for (String path : READ) {
            WebClient.Page after = new WebClient(target).get(path);
            assertThat(after.status()).as(path).isEqualTo(200);
            assertThat(WordPressExportIT.seen(after, target)).as(path).isEqualTo(SEEN.get(path));
        }
        assertThat(SEEN.get("/articles/first-light"))
                .as("the comments were compared, with their threads")
                .anyMatch(line -> line.startsWith("comment indent-1"));
        assertThat(SEEN.get("/tags/harbour")).anyMatch(line -> line.contains("Made here"));

        List<String> images = WordPressMediaIT.imagesOn(target, "/articles/made-here");
        assertThat(images).as("the image is one of the new blog's").hasSize(1);
        HttpResponse<byte[]> image = newAdmin.download(images.get(0));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).as("the same bytes, from the zip").isEqualTo(imageBytes);
    }

    @Test
    @Order(3)
    void theOldBlogsAddressesAnswer301() {
        WebClient reader = new WebClient(target);
        assertThat(reader.get("/?p=" + articleId).header("Location")).isEqualTo(target.url("/articles/made-here"));
        String note = reader.get("/?p=" + noteId).header("Location");
        assertThat(note).startsWith(target.url("/posts/")).isNotEqualTo(target.url("/posts/" + noteId));
        assertThat(new WebClient(target)
                        .get(note.substring(target.baseUrl().length()))
                        .body())
                .contains(noteText);
        assertThat(reader.get("/2019/05/12/first-light/").header("Location"))
                .as("the WordPress permalinks the old blog answered still do")
                .isEqualTo(target.url("/articles/first-light"));
    }

    @Test
    @Order(4)
    void importingTheZipAgainChangesNothing() {
        List<String> before = WordPressExportIT.seen(new WebClient(target).get("/"), target);
        assertThat(upload(exportZip, null).status()).isEqualTo(303);
        Element report = WordPressImportIT.importToTheEnd(target, newAdmin);
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("0");
        assertThat(WordPressExportIT.seen(new WebClient(target).get("/"), target))
                .isEqualTo(before);
        assertThat(WordPressMediaIT.imagesOn(target, "/articles/made-here")).hasSize(1);
    }
}
