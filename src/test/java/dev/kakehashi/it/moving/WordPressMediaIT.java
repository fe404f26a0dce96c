package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.sun.net.httpserver.HttpServer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.media.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A WordPress export whose images are on the old site: a stand-in site on 127.0.0.1 serves them, the
 * import fetches each once, stores it stripped, points the post at it, lists the one that is gone,
 * fetches nothing the second time, and the old image addresses answer 301 to the new images.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressMediaIT {
    static final Pattern MEDIA = Pattern.compile("/media/[0-9]+\\.(jpg|png)");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Map<String, byte[]> FILES = Map.of(
            "/wp-content/uploads/2020/03/lamp.jpg", TestImages.jpegWithGps(64, 48, 1),
            "/wp-content/uploads/2020/03/stairs.png", TestImages.encode(TestImages.redLeftBlueRight(64, 48), "png"));
    static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();

    static KakehashiServer server;
    static WebClient admin;
    static HttpServer oldSite;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oldSite.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            ASKED.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = FILES.get(path);
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            path.endsWith(".png") ? "image/png" : body == null ? "text/html" : "image/jpeg");
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        oldSite.start();
        site = "http://127.0.0.1:" + oldSite.getAddress().getPort();
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Lighthouse", "keeper", "keeper-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (oldSite != null) oldSite.stop(0);
    }

    static byte[] export() {
        try (InputStream in = WordPressMediaIT.class.getResourceAsStream("/wordpress/media.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("SITE", site)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Element importExport() {
        String csrf = admin.get("/admin/settings/import").csrf();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("pings", "keep");
        parts.put("file", new WebClient.FilePart("lighthouse.xml", "text/xml", export()));
        WebClient.Page page = admin.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return WordPressImportIT.importToTheEnd(server, admin);
    }

    static int asked(String path) {
        return ASKED.getOrDefault(path, new AtomicInteger()).get();
    }

    /** The new images the article shows, by their path, in page order. */
    static List<String> imagesOnTheArticle() {
        return imagesOn(server, "/articles/misty-morning");
    }

    static List<String> imagesOn(KakehashiServer on, String path) {
        Document page = new WebClient(on).get(path).html();
        return page.select("img").eachAttr("src").stream()
                .map(MEDIA::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .toList();
    }

    static HttpResponse<byte[]> fetch(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void theOldSitesImagesAreFetchedOnceStrippedAndShownInThePost() throws Exception {
        Element report = importExport();
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("1");
        assertThat(report.select(".import-messages li").eachText())
                .as("the image the old site no longer has")
                .anyMatch(m -> m.contains("/wp-content/uploads/2020/03/storm.jpg") && m.contains("404"));
        assertThat(asked("/wp-content/uploads/2020/03/lamp.jpg"))
                .as("named by the post three times and by its attachment: fetched once")
                .isEqualTo(1);
        assertThat(asked("/wp-content/uploads/2020/03/stairs.png")).isEqualTo(1);
        assertThat(asked("/wp-content/uploads/2020/03/lamp-300x200.jpg"))
                .as("the full-size file is fetched, not the resized one")
                .isZero();

        Document article = new WebClient(server).get("/articles/misty-morning").html();
        assertThat(article.text()).contains("The lamp burned all night", "One hundred steps", "Lit at six");
        assertThat(article.select("img[srcset]").eachAttr("srcset"))
                .allSatisfy(srcset -> assertThat(srcset).doesNotContain(site));
        assertThat(article.select("img").eachAttr("src"))
                .as("the friend's picture on another site is left alone")
                .anyMatch(src -> src.equals("https://elsewhere.example/wp-content/uploads/2020/03/boat.jpg"))
                .noneMatch(src -> src.contains("lamp") || src.contains("stairs"));
        List<String> images = imagesOnTheArticle();
        assertThat(images).hasSize(2).doesNotHaveDuplicates();

        HttpResponse<byte[]> lamp = fetch(images.get(0));
        assertThat(lamp.statusCode()).isEqualTo(200);
        assertThat(lamp.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        var metadata = TestImages.metadata(lamp.body());
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(lamp.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
        HttpResponse<byte[]> stairs = fetch(images.get(1));
        assertThat(stairs.statusCode()).isEqualTo(200);
        assertThat(stairs.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(TestImages.decode(stairs.body()).getWidth()).isEqualTo(64);

        // The post named the lamp before its attachment came with the alt text: the image has it.
        MastodonApi api = new MastodonApi(server);
        String token = api.passwordToken(
                api.register("Media check", "read write", "urn:ietf:wg:oauth:2.0:oob"),
                "keeper",
                "keeper-password-1",
                "read write");
        String lampId = images.get(0).replaceAll("\\D", "");
        MastodonApi.Answer shown = api.get("/api/v1/media/" + lampId, token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("description").asText()).isEqualTo("The lamp at dusk");
    }

    @Test
    @Order(2)
    void importingTheSameExportAgainFetchesAndChangesNothing() {
        List<String> before = imagesOnTheArticle();
        int requests = ASKED.values().stream().mapToInt(AtomicInteger::get).sum();
        Element report = importExport();
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("0");
        assertThat(ASKED.values().stream().mapToInt(AtomicInteger::get).sum())
                .as("nothing fetched again")
                .isEqualTo(requests);
        assertThat(imagesOnTheArticle()).isEqualTo(before);
        assertThat(new WebClient(server).get("/articles/misty-morning-2").status())
                .isEqualTo(404);
    }

    @Test
    @Order(3)
    void oldImageAndAttachmentAddressesAnswer301ToTheNewImage() {
        String lamp = server.url(imagesOnTheArticle().get(0));
        WebClient reader = new WebClient(server);
        for (String old : List.of(
                "/wp-content/uploads/2020/03/lamp.jpg",
                "/wp-content/uploads/2020/03/lamp-300x200.jpg",
                "/?attachment_id=31",
                "/2020/03/01/misty-morning/lamp/")) {
            WebClient.Page page = reader.get(old);
            assertThat(page.status()).as(old).isEqualTo(301);
            assertThat(page.header("Location")).as(old).isEqualTo(lamp);
        }
        assertThat(reader.get("/wp-content/uploads/2020/03/stairs-150x150.png").header("Location"))
                .isEqualTo(server.url(imagesOnTheArticle().get(1)));
        assertThat(reader.get("/wp-content/uploads/2020/03/storm.jpg").status())
                .as("never imported")
                .isEqualTo(404);
        assertThat(reader.get("/?attachment_id=33").status()).isNotEqualTo(301);
    }
}
