package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.WebClient.FilePart;
import dev.kakehashi.service.media.TestImages;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploading images from the admin and serving them: stripped, upright, cached for good. */
public class MediaIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static KakehashiServer server;
    static WebClient admin;
    static String csrf;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Media IT", "photographer", "photographer-pw-1");
        csrf = admin.get("/admin/posts/new").csrf();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient.Page upload(WebClient client, String token, FilePart file, String alt) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("alt", alt);
        parts.put("file", file);
        return client.postMultipart("/admin/media" + (token == null ? "" : "?_csrf=" + token), parts);
    }

    /** Uploads a small PNG made on the spot from the compose page's form; returns the answer's JSON. */
    public static JsonNode uploadPng(WebClient client, String alt) {
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(8, 8), "png");
        var page = upload(client, client.get("/admin/posts/new").csrf(), new FilePart("c.png", "image/png", png), alt);
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return json(page);
    }

    public static JsonNode json(WebClient.Page page) {
        try {
            return JSON.readTree(page.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + page.body(), e);
        }
    }

    static HttpResponse<byte[]> fetch(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPhonePhotoIsStoredUprightWithoutGpsAndServedForever() throws Exception {
        byte[] photo = TestImages.jpegWithGps(64, 48, 6);
        var page = upload(admin, csrf, new FilePart("IMG_0001.JPG", "image/jpeg", photo), "A red and blue card");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        JsonNode body = json(page);
        String url = body.get("url").asText();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/media/\\d+\\.jpg");
        assertThat(page.header("Location")).isEqualTo(url);
        assertThat(body.get("id").isTextual()).isTrue();
        assertThat(body.get("alt").asText()).isEqualTo("A red and blue card");
        assertThat(body.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(body.get("width").asInt()).isEqualTo(48);
        assertThat(body.get("height").asInt()).isEqualTo(64);
        assertThat(body.get("markdown").asText())
                .isEqualTo("![A red and blue card](" + java.net.URI.create(url).getPath() + ")");

        HttpResponse<byte[]> served = fetch(HttpRequest.newBuilder(admin.uri(url)));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Length")).hasValue(String.valueOf(served.body().length));
        var metadata = TestImages.metadata(served.body());
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
        var image = TestImages.decode(served.body());
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(image.getHeight()).isEqualTo(64);
        assertThat(TestImages.isRed(image.getRGB(24, 5)))
                .as("the photo's left is now its top")
                .isTrue();
    }

    @Test
    void aServedImageRevalidatesWith304AndAnswersHead() throws Exception {
        var page = upload(
                admin,
                csrf,
                new FilePart("card.png", "image/png", TestImages.encode(TestImages.redLeftBlueRight(10, 10), "png")),
                "");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        String url = json(page).get("url").asText();
        var first = fetch(HttpRequest.newBuilder(admin.uri(url)));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");

        var byEtag = fetch(HttpRequest.newBuilder(admin.uri(url)).header("If-None-Match", etag));
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        var byDate = fetch(HttpRequest.newBuilder(admin.uri(url)).header("If-Modified-Since", lastModified));
        assertThat(byDate.statusCode()).isEqualTo(304);
        var otherEtag = fetch(HttpRequest.newBuilder(admin.uri(url)).header("If-None-Match", "\"other\""));
        assertThat(otherEtag.statusCode()).isEqualTo(200);

        var head = fetch(HttpRequest.newBuilder(admin.uri(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aPlayerSeeksWithByteRanges() throws Exception {
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(16, 16), "png");
        var page = upload(admin, csrf, new FilePart("seek.png", "image/png", png), "");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        String url = json(page).get("url").asText();
        var whole = fetch(HttpRequest.newBuilder(admin.uri(url)));
        byte[] all = whole.body();
        int n = all.length;
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        var first = fetch(HttpRequest.newBuilder(admin.uri(url)).header("Range", "bytes=0-9"));
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(all, 0, 10));
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + n);
        assertThat(first.headers().firstValue("Content-Length")).hasValue("10");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(first.headers().firstValue("ETag")).hasValue(etag);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");

        var suffix = fetch(HttpRequest.newBuilder(admin.uri(url)).header("Range", "bytes=-5"));
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(all, n - 5, n));
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes " + (n - 5) + "-" + (n - 1) + "/" + n);

        var open = fetch(HttpRequest.newBuilder(admin.uri(url)).header("Range", "bytes=10-"));
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(all, 10, n));
        assertThat(open.headers().firstValue("Content-Range")).hasValue("bytes 10-" + (n - 1) + "/" + n);

        var beyond = fetch(HttpRequest.newBuilder(admin.uri(url)).header("Range", "bytes=" + n + "-"));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + n);
        assertThat(beyond.body()).isEmpty();
    }

    @Test
    void aRangeIsIgnoredWhenIfRangeIsStaleMalformedOrForSeveralParts() throws Exception {
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(16, 8), "png");
        var page = upload(admin, csrf, new FilePart("ifrange.png", "image/png", png), "");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        String url = json(page).get("url").asText();
        var whole = fetch(HttpRequest.newBuilder(admin.uri(url)));
        byte[] all = whole.body();
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        String lastModified = whole.headers().firstValue("Last-Modified").orElseThrow();

        var current = fetch(HttpRequest.newBuilder(admin.uri(url))
                .header("Range", "bytes=0-3")
                .header("If-Range", etag));
        assertThat(current.statusCode()).isEqualTo(206);
        assertThat(current.body()).isEqualTo(Arrays.copyOfRange(all, 0, 4));
        var byDate = fetch(HttpRequest.newBuilder(admin.uri(url))
                .header("Range", "bytes=0-3")
                .header("If-Range", lastModified));
        assertThat(byDate.statusCode()).isEqualTo(206);

        for (String[] headers : new String[][] {
            {"Range", "bytes=0-3", "If-Range", "\"stale\""},
            {"Range", "bytes=0-3", "If-Range", "W/" + etag},
            {"Range", "bytes=0-3", "If-Range", "Thu, 01 Jan 2015 00:00:00 GMT"},
            {"Range", "bytes=3-1"},
            {"Range", "bytes=abc"},
            {"Range", "bytes=0-1,4-5"}
        }) {
            var r = fetch(HttpRequest.newBuilder(admin.uri(url)).headers(headers));
            assertThat(r.statusCode()).as(String.join(" ", headers)).isEqualTo(200);
            assertThat(r.body()).as(String.join(" ", headers)).isEqualTo(all);
            assertThat(r.headers().firstValue("Content-Range")).isEmpty();
        }

        var head = fetch(HttpRequest.newBuilder(admin.uri(url))
                .header("Range", "bytes=0-3")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(all.length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theComposePagesScriptUploadsWithTheTokenInAHeaderAndUsesTheImageAsACover() {
        // What webapp/assets/upload.js sends: FormData, X-CSRF-Token, Accept: application/json.
        String boundary = "----kakehashi-script";
        byte[] png = TestImages.encode(TestImages.redLeftBlueRight(12, 6), "png");
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n"
                        + "Cover <art> & \"more\"\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var page = admin.send(HttpRequest.newBuilder(admin.uri("/admin/media"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-Token", csrf)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        JsonNode json = json(page);
        assertThat(json.get("alt").asText()).isEqualTo("Cover <art> & \"more\"");
        assertThat(json.get("contentType").asText()).isEqualTo("image/png");

        admin.compose(
                "article",
                "publish",
                "title",
                "With a cover",
                "body",
                "Look.",
                "coverId",
                json.get("id").asText());
        var article = admin.get("/").html().select("main h2 a").stream()
                .filter(a -> a.text().equals("With a cover"))
                .findFirst()
                .orElseThrow();
        var img = admin.get(article.attr("href")).html().selectFirst("figure.cover img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo(json.get("url").asText());
        assertThat(img.attr("alt")).isEqualTo("Cover <art> & \"more\"");
    }

    @Test
    void unknownOrCraftedMediaNamesAre404() throws Exception {
        for (String path :
                new String[] {"/media/123456.jpg", "/media/../kakehashi.properties", "/media/x.exe", "/media/"}) {
            var r = fetch(HttpRequest.newBuilder(admin.uri(path)));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theAltTextCanBeChangedLater() {
        var page = upload(admin, csrf, new FilePart("a.jpg", "image/jpeg", TestImages.jpeg(8, 8)), "first");
        String id = json(page).get("id").asText();
        var changed =
                admin.postForm("/admin/media/" + id + "/alt", form("_csrf", csrf, "alt", "a [better] description"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("alt").asText()).isEqualTo("a [better] description");
        assertThat(json(changed).get("markdown").asText()).startsWith("![a \\[better\\] description](");

        var tooLong = admin.postForm("/admin/media/" + id + "/alt", form("_csrf", csrf, "alt", "x".repeat(1501)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(json(tooLong).get("error").asText()).contains("at most 1500 characters");
        var missing = admin.postForm("/admin/media/42/alt", form("_csrf", csrf, "alt", "nothing"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).isNotBlank();
    }

    @Test
    void uploadsWithoutOrWithAForgedCsrfTokenOrLoginAreRefused() {
        var file = new FilePart("a.jpg", "image/jpeg", TestImages.jpeg(8, 8));
        assertThat(upload(admin, null, file, "").status()).isEqualTo(403);
        assertThat(upload(admin, "forged", file, "").status()).isEqualTo(403);
        assertThat(upload(new WebClient(server), csrf, file, "").status()).isEqualTo(401);
    }

    @Test
    void refusedUploadsAnswerJsonAndLeaveNoRowAndNoFile() throws Exception {
        try (KakehashiServer small =
                KakehashiServer.fresh().with("max.upload.bytes", "200000").start()) {
            WebClient author = new WebClient(small).setUpAndLogIn("Small", "author", "author-password-1");
            String token = author.get("/admin/posts/new").csrf();

            var text = upload(author, token, new FilePart("photo.jpg", "image/jpeg", "just text".getBytes()), "");
            assertThat(text.status()).isEqualTo(415);
            assertThat(text.header("Content-Type")).startsWith("application/json");
            assertThat(json(text).get("error").asText()).contains("photo.jpg is not an image we can use");

            byte[] justOver = new byte[200_001];
            System.arraycopy(TestImages.jpeg(8, 8), 0, justOver, 0, 100);
            var over = upload(author, token, new FilePart("big.jpg", "image/jpeg", justOver), "");
            assertThat(over.status()).isEqualTo(413);
            assertThat(json(over).get("error").asText()).contains("larger than");

            var farOver = upload(author, token, new FilePart("huge.jpg", "image/jpeg", new byte[1_000_000]), "");
            assertThat(farOver.status()).isEqualTo(413);
            assertThat(json(farOver).get("error").asText()).contains("larger than");

            var alt = upload(
                    author, token, new FilePart("ok.jpg", "image/jpeg", TestImages.jpeg(8, 8)), "x".repeat(1501));
            assertThat(alt.status()).isEqualTo(422);
            assertThat(json(alt).get("error").asText()).contains("Alt text must be at most 1500 characters");

            var bomb = upload(
                    author, token, new FilePart("bomb.png", "image/png", TestImages.pngClaiming(100_000, 100_000)), "");
            assertThat(bomb.status()).isEqualTo(422);

            small.stop();
            try (var c = small.database().connect(small.dataDir());
                    var rs = c.createStatement().executeQuery("select count(*) from media")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            var mediaDir = small.dataDir().resolve("media");
            if (java.nio.file.Files.exists(mediaDir)) {
                try (var files = java.nio.file.Files.list(mediaDir)) {
                    assertThat(files).isEmpty();
                }
            }
        }
    }

    @Test
    void aChunkedUploadPastTheLimitIsCutOffWith413() throws Exception {
        // No Content-Length: the body is counted while it is read.
        String boundary = "----kakehashi-chunked";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 11 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        var request = HttpRequest.newBuilder(admin.uri("/admin/media?_csrf=" + csrf))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        var before = multipartBuffers();
        var page = admin.send(request);
        assertThat(page.status()).isEqualTo(413);
        assertThat(json(page).get("error").asText()).contains("larger than 10 MiB");
        // The embedded Tomcat shares this JVM's temp folder: the refused body left no buffer there.
        assertThat(multipartBuffers()).as("new MIME*.tmp files").isSubsetOf(before);
    }

    private static java.util.Set<java.nio.file.Path> multipartBuffers() throws java.io.IOException {
        var dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        try (var files = java.nio.file.Files.newDirectoryStream(dir, "MIME*.tmp")) {
            var all = new java.util.HashSet<java.nio.file.Path>();
            files.forEach(all::add);
            return all;
        }
    }
}
