package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.media.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v2/media} as Mastodon does it: 202 with no url, 206 while the media processing
 * job has not run, 200 once it has; a status that names it before is refused; the focal point is
 * kept and shown to apps and to a Fedify follower. The job runs only when the test runs the due
 * jobs (an hour apart otherwise), and every picture goes to it (inline limit of one pixel).
 */
class MastodonMediaProcessingIT {
    static final String NOT_READY = "Cannot attach files that have not finished processing. Try again in a moment!";
    static AppAuthor pia;
    static KakehashiServer server;
    static FedifyPeer peer;
    static LiveTables tables;
    static MastodonApi http;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        pia = AppAuthor.start(
                "Processing IT",
                "pia",
                "pia-password-1",
                Map.of("media.inline.max.pixels", "1", "media.processing.every.millis", "3600000"));
        server = pia.server;
        tables = pia.tables;
        http = pia.http;
        token = pia.token;
        authorActor = pia.actor;
        pia.followedBy(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (pia != null) pia.close();
    }

    static MastodonApi.Answer upload(byte[] bytes, String focus) {
        MultipartBody body = MultipartBody.of(Map.of(
                "file",
                new WebClient.FilePart("IMG_0002.JPG", "image/jpeg", bytes),
                "description",
                "A red and blue card",
                "focus",
                focus));
        return http.send(http.request("/api/v2/media", token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    static MastodonApi.Answer post(String text, String mediaId) {
        return http.method(
                "POST",
                "/api/v1/statuses",
                token,
                "application/x-www-form-urlencoded",
                "status=" + MastodonApi.enc(text) + "&media_ids%5B%5D=" + mediaId);
    }

    @Test
    void aV2UploadIs202Then206UntilProcessedThen200AndItsFileHasNoExif() throws Exception {
        MastodonApi.Answer a = upload(TestImages.jpegWithGps(64, 48, 6), "0.5,-0.25");
        assertThat(a.status()).as(a.raw().body()).isEqualTo(202);
        String id = a.json().get("id").asText();
        assertThat(a.json().get("url").isNull()).isTrue();
        assertThat(a.json().get("preview_url").isNull()).isTrue();
        assertThat(a.json().get("description").asText()).isEqualTo("A red and blue card");
        assertThat(a.json().at("/meta/focus/x").asDouble()).isEqualTo(0.5);
        assertThat(a.json().at("/meta/focus/y").asDouble()).isEqualTo(-0.25);

        MastodonApi.Answer waiting = http.get("/api/v1/media/" + id, token);
        assertThat(waiting.status()).as(waiting.raw().body()).isEqualTo(206);
        assertThat(waiting.json().get("url").isNull()).isTrue();

        // An app may describe it while it is processing.
        MastodonApi.Answer described = http.method(
                "PUT", "/api/v1/media/" + id, token, "application/json", "{\"description\":\"A card, described\"}");
        assertThat(described.status()).as(described.raw().body()).isEqualTo(206);
        assertThat(described.json().get("description").asText()).isEqualTo("A card, described");

        long posts = tables.count("select count(*) from post");
        MastodonApi.Answer early = post("Too early", id);
        assertThat(early.status()).as(early.raw().body()).isEqualTo(422);
        assertThat(early.contentType()).startsWith("application/json");
        assertThat(early.json().get("error").asText()).isEqualTo(NOT_READY);
        assertThat(tables.count("select count(*) from post")).isEqualTo(posts);

        server.runDueJobs();

        MastodonApi.Answer ready = http.get("/api/v1/media/" + id, token);
        assertThat(ready.status()).as(ready.raw().body()).isEqualTo(200);
        String url = ready.json().get("url").asText();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/media/" + id + "\\.jpg");
        assertThat(ready.json().get("preview_url").asText()).isEqualTo(url);
        assertThat(ready.json().get("description").asText()).isEqualTo("A card, described");
        // Turned upright by its EXIF orientation, then stripped of it.
        assertThat(ready.json().at("/meta/original/width").asInt()).isEqualTo(48);
        assertThat(ready.json().at("/meta/original/height").asInt()).isEqualTo(64);
        assertThat(ready.json().at("/meta/focus/x").asDouble()).isEqualTo(0.5);

        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        var metadata = TestImages.metadata(served.body());
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
    }

    @Test
    void theFocalPointShowsInTheStatusAndReachesTheFollowerAndTheObject() {
        MastodonApi.Answer a = upload(MastodonMediaIT.png(120), "-0.5,0.75");
        assertThat(a.status()).as(a.raw().body()).isEqualTo(202);
        String id = a.json().get("id").asText();
        server.runDueJobs();

        MastodonApi.Answer status = post("A focused picture", id);
        assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
        JsonNode attached = status.json().get("media_attachments").get(0);
        assertThat(attached.get("id").asText()).isEqualTo(id);
        assertThat(attached.at("/meta/focus/x").asDouble()).isEqualTo(-0.5);
        assertThat(attached.at("/meta/focus/y").asDouble()).isEqualTo(0.75);

        JsonNode create = peer.awaitReceived(
                c -> "Create".equals(c.path("type").asText())
                        && c.at("/activity/object/content").asText().contains("A focused picture"),
                Duration.ofSeconds(30));
        JsonNode sent = create.path("activity");
        assertThat(focalPoint(sent.path("object"))).as(sent.toString()).isEqualTo(new double[] {-0.5, 0.75});
        assertThat(sent.path("@context").toString()).contains("\"focalPoint\":{\"@container\":\"@list\"");

        JsonNode object = new ApJsonClient(server).json(status.json().get("uri").asText());
        assertThat(focalPoint(object)).as(object.toString()).isEqualTo(new double[] {-0.5, 0.75});
        assertThat(object.path("@context").toString()).contains("toot:focalPoint");
    }

    @Test
    void aFocusChangedLaterShowsInTheStatusAndItsObject() {
        MastodonApi.Answer a = upload(MastodonMediaIT.png(100), "0,0");
        String id = a.json().get("id").asText();
        server.runDueJobs();
        MastodonApi.Answer status = post("Edited focus", id);
        String statusId = status.json().get("id").asText();
        // The record is read (and kept) before the change, so a stale one would show.
        assertThat(http.get("/api/v1/statuses/" + statusId, token)
                        .json()
                        .at("/media_attachments/0/meta/focus/x")
                        .asDouble())
                .isEqualTo(0.0);

        // PUT on the attached image: the status's kept record must not show the old focus.
        MastodonApi.Answer moved =
                http.method("PUT", "/api/v1/media/" + id, token, "application/json", "{\"focus\":\"-0.75,0\"}");
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(http.get("/api/v1/statuses/" + statusId, token)
                        .json()
                        .at("/media_attachments/0/meta/focus/x")
                        .asDouble())
                .isEqualTo(-0.75);

        MastodonApi.Answer edited = http.method(
                "PUT",
                "/api/v1/statuses/" + statusId,
                token,
                "application/json",
                "{\"status\":\"Edited focus\",\"media_ids\":[\"" + id + "\"]," + "\"media_attributes\":[{\"id\":\"" + id
                        + "\",\"focus\":\"0.25,0.5\"}]}");
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().at("/media_attachments/0/meta/focus/x").asDouble())
                .isEqualTo(0.25);
        JsonNode shown = http.get("/api/v1/statuses/" + statusId, token).json();
        assertThat(shown.at("/media_attachments/0/meta/focus/y").asDouble()).isEqualTo(0.5);
        JsonNode object = new ApJsonClient(server).json(status.json().get("uri").asText());
        assertThat(focalPoint(object)).isEqualTo(new double[] {0.25, 0.5});
    }

    @Test
    void anUploadTheDecoderRefusesLateIs422AfterProcessingAndItsFilesAreGone() {
        byte[] png = MastodonMediaIT.png(200);
        // The header is whole, so the upload is taken; the pixels are cut short, so processing fails.
        MastodonApi.Answer a = upload(Arrays.copyOf(png, 60), "0,0");
        assertThat(a.status()).as(a.raw().body()).isEqualTo(202);
        String id = a.json().get("id").asText();
        server.runDueJobs();

        MastodonApi.Answer failed = http.get("/api/v1/media/" + id, token);
        assertThat(failed.status()).as(failed.raw().body()).isEqualTo(422);
        assertThat(failed.json().get("error").asText()).isEqualTo("Error processing thumbnail for uploaded media");
        assertThat(post("With a broken picture", id).status()).isEqualTo(422);
        assertThat(server.dataDir().resolve("media/originals/" + id)).doesNotExist();
        assertThat(http.method("DELETE", "/api/v1/media/" + id, token, "application/json", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/media/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void anUploadLeftProcessingByARestartIsProcessedAfterIt() throws IOException {
        MastodonApi.Answer a = upload(MastodonMediaIT.png(80), "0,0");
        assertThat(a.status()).as(a.raw().body()).isEqualTo(202);
        String id = a.json().get("id").asText();
        server.stop();
        server.start();
        assertThat(http.get("/api/v1/media/" + id, token).status()).isEqualTo(206);
        server.runDueJobs();
        MastodonApi.Answer ready = http.get("/api/v1/media/" + id, token);
        assertThat(ready.status()).as(ready.raw().body()).isEqualTo(200);
        assertThat(new WebClient(server).get(ready.json().get("url").asText()).status())
                .isEqualTo(200);
    }

    private static double[] focalPoint(JsonNode object) {
        JsonNode attachment = object.path("attachment");
        JsonNode first = attachment.isArray() ? attachment.get(0) : attachment;
        JsonNode point = first.path("focalPoint");
        return new double[] {point.path(0).asDouble(Double.NaN), point.path(1).asDouble(Double.NaN)};
    }
}
