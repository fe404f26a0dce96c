package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Image uploads from apps: v1 and v2, alt text, attaching to a status, and what is refused. */
public class MastodonMediaIT {
    static final long MAX_UPLOAD = 200_000;
    static KakehashiServer server;
    static LiveTables tables;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh().with("max.upload.bytes", Long.toString(MAX_UPLOAD));
        tables = LiveTables.prepare(server);
        server.start();
        new WebClient(server).setUpAndLogIn("Media IT", "mei", "mei-password-1");
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Media IT", "read write", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "mei", "mei-password-1", "read write");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    public static byte[] png(int size) {
        BufferedImage img = new BufferedImage(size, size / 2, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, size, size / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static MastodonApi.Answer upload(String path, String tok, Map<String, Object> parts) {
        MultipartBody body = MultipartBody.of(parts);
        return http.send(http.request(path, tok)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    static long media() {
        return tables.count("select count(*) from media");
    }

    static void assertJsonError(MastodonApi.Answer a, int status, String error) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).startsWith(error);
    }

    @Test
    void aSmallV2UploadIsReadyAtOnceWithItsAltTextAndFocusAndServedAtItsUrl() {
        MastodonApi.Answer a = upload(
                "/api/v2/media",
                token,
                Map.of(
                        "file", new WebClient.FilePart("sky.png", "image/png", png(120)),
                        "description", "A blue sky",
                        "focus", "0.5,-0.25"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        JsonNode m = a.json();
        assertThat(m.get("id").isTextual()).isTrue();
        assertThat(m.get("type").asText()).isEqualTo("image");
        assertThat(m.get("description").asText()).isEqualTo("A blue sky");
        assertThat(m.get("meta").get("original").get("width").asInt()).isEqualTo(120);
        assertThat(m.get("meta").get("original").get("height").asInt()).isEqualTo(60);
        assertThat(m.at("/meta/focus/x").asDouble()).isEqualTo(0.5);
        assertThat(m.at("/meta/focus/y").asDouble()).isEqualTo(-0.25);
        assertThat(m.get("url").asText()).startsWith(server.baseUrl() + "/media/");
        assertThat(m.get("preview_url").asText()).isNotEmpty();
        assertThat(new WebClient(server).get(m.get("url").asText()).status()).isEqualTo(200);

        MastodonApi.Answer shown = http.get("/api/v1/media/" + m.get("id").asText(), token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("url").asText()).isEqualTo(m.get("url").asText());
        assertThat(shown.json().at("/meta/focus/y").asDouble()).isEqualTo(-0.25);
    }

    @Test
    void aV1UploadIsDescribedLaterAndAttachedToAStatusShownOnTheBlog() {
        MastodonApi.Answer a =
                upload("/api/v1/media", token, Map.of("file", new WebClient.FilePart("sea.png", "image/png", png(80))));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        String id = a.json().get("id").asText();
        assertThat(a.json().get("description").isNull()).isTrue();

        MastodonApi.Answer described = http.method(
                "PUT", "/api/v1/media/" + id, token, "application/json", "{\"description\":\"The sea at dawn\"}");
        assertThat(described.status()).as(described.raw().body()).isEqualTo(200);
        assertThat(described.json().get("description").asText()).isEqualTo("The sea at dawn");

        MastodonApi.Answer status = http.method(
                "POST",
                "/api/v1/statuses",
                token,
                "application/x-www-form-urlencoded",
                "status=" + MastodonApi.enc("With a picture #sea") + "&media_ids%5B%5D=" + id);
        assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
        JsonNode attached = status.json().get("media_attachments");
        assertThat(attached).hasSize(1);
        assertThat(attached.get(0).get("id").asText()).isEqualTo(id);
        assertThat(attached.get(0).get("description").asText()).isEqualTo("The sea at dawn");

        var page = new WebClient(server)
                .get("/posts/" + status.json().get("id").asText())
                .html();
        assertThat(page.select("img[alt='The sea at dawn']")).isNotEmpty();

        // only_media keeps it in the public and tag timelines, and leaves out a status of words alone.
        String pictured = status.json().get("id").asText();
        String words = http.postJson("/api/v1/statuses", token, Map.of("status", "Just words #sea"))
                .json()
                .get("id")
                .asText();
        for (String timeline : List.of("/api/v1/timelines/public", "/api/v1/timelines/tag/sea")) {
            assertThat(ids(http.get(timeline, null).json())).as(timeline).contains(pictured, words);
            JsonNode media = http.get(timeline + "?only_media=true", null).json();
            assertThat(ids(media)).as(timeline).contains(pictured).doesNotContain(words);
        }
    }

    private static List<String> ids(JsonNode statuses) {
        List<String> ids = new java.util.ArrayList<>();
        statuses.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void aFileThatIsNotAnImageIs422AndNothingIsStored() {
        long before = media();
        assertJsonError(
                upload(
                        "/api/v2/media",
                        token,
                        Map.of("file", new WebClient.FilePart("notes.png", "image/png", "just text".getBytes()))),
                422,
                "Validation failed");
        assertThat(media()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIs422AndNothingIsStored() {
        long before = media();
        byte[] big = new byte[(int) MAX_UPLOAD + 1000];
        System.arraycopy(png(10), 0, big, 0, png(10).length);
        MastodonApi.Answer a =
                upload("/api/v1/media", token, Map.of("file", new WebClient.FilePart("big.png", "image/png", big)));
        assertJsonError(a, 422, "Validation failed");
        assertThat(media()).isEqualTo(before);
    }

    @Test
    void badFocusMissingFileUnknownIdAndMissingScopeAreRefused() {
        long before = media();
        assertJsonError(
                upload(
                        "/api/v2/media",
                        token,
                        Map.of("file", new WebClient.FilePart("x.png", "image/png", png(20)), "focus", "2,0")),
                422,
                "Validation failed");
        assertJsonError(upload("/api/v2/media", token, Map.of("description", "no file")), 422, "Validation failed");
        assertThat(media()).isEqualTo(before);
        assertJsonError(http.get("/api/v1/media/123456", token), 404, "Record not found");
        assertJsonError(http.get("/api/v1/media/abc", token), 404, "Record not found");

        MastodonApi.App readOnly = http.register("Reader", "read", "urn:ietf:wg:oauth:2.0:oob");
        String reader = http.passwordToken(readOnly, "mei", "mei-password-1", "read");
        assertJsonError(
                upload("/api/v2/media", reader, Map.of("file", new WebClient.FilePart("x.png", "image/png", png(20)))),
                403,
                "This action is outside the authorized scopes");
        assertThat(media()).isEqualTo(before);
        assertThat(http.get("/api/v1/media/1", null).status()).isEqualTo(401);
    }
}
