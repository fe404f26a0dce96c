package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.web.MediaIT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An image an app uploads and no status takes is deleted after a day, row and file, as Mastodon's
 * media vacuum does (issue 14); one a status took, one uploaded less than a day ago and the
 * admin's own library images stay. Time passes by moving the rows' upload time back a day. An app
 * may also delete such an upload itself (Mastodon 4.4), not one a status took.
 */
class MastodonMediaCleanupIT {
    static AppAuthor author;
    static KakehashiServer server;
    static LiveTables tables;
    static MastodonApi http;
    static WebClient admin;
    static String token;

    @BeforeAll
    static void start() {
        author = AppAuthor.start("Cleanup IT", "mei", "mei-password-1");
        server = author.server;
        tables = author.tables;
        http = author.http;
        admin = author.admin;
        token = author.token;
    }

    @AfterAll
    static void stop() {
        if (author != null) author.close();
    }

    @Test
    void anUploadNoStatusTookIsGoneAfterADayAndEverythingElseStays() {
        String posted = upload("posted.png");
        String forgotten = upload("forgotten.png");
        String fresh = upload("fresh.png");
        String forgottenFile = fileOf(forgotten);
        var status =
                http.postJson("/api/v1/statuses", token, Map.of("status", "A picture", "media_ids", List.of(posted)));
        assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
        String libraryId = MediaIT.uploadPng(admin, "In the library").get("id").asText();

        assertThat(new WebClient(server).get(forgottenFile).status()).isEqualTo(200);

        // Once backdated, the server's own minutely job may take the upload before runDueJobs does.
        Timestamp dayAndAnHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(25)));
        for (String id : List.of(posted, forgotten, libraryId)) {
            assertThat(tables.update(
                            "update media set created_at = ? where id = ?", dayAndAnHourAgo, Long.parseLong(id)))
                    .isEqualTo(1);
        }
        server.runDueJobs();

        var gone = http.get("/api/v1/media/" + forgotten, token);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).isEqualTo("Record not found");
        assertThat(new WebClient(server).get(forgottenFile).status()).isEqualTo(404);
        for (String kept : List.of(posted, fresh)) {
            var a = http.get("/api/v1/media/" + kept, token);
            assertThat(a.status()).as(kept).isEqualTo(200);
            assertThat(new WebClient(server).get(fileOf(kept)).status())
                    .as(kept)
                    .isEqualTo(200);
        }
        assertThat(tables.count("select count(*) from media where id = " + Long.parseLong(libraryId)))
                .isEqualTo(1);
        var shown = http.get("/api/v1/statuses/" + status.json().get("id").asText(), token);
        assertThat(shown.json().get("media_attachments").get(0).get("id").asText())
                .isEqualTo(posted);
    }

    @Test
    void aStatusCanStillTakeAnUploadBeforeTheDayIsOver() {
        String id = upload("late.png");
        Timestamp almostADay = Timestamp.from(Instant.now().minus(Duration.ofHours(23)));
        tables.update("update media set created_at = ? where id = ?", almostADay, Long.parseLong(id));
        server.runDueJobs();
        var status =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Just in time", "media_ids", List.of(id)));
        assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
        tables.update(
                "update media set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))),
                Long.parseLong(id));
        server.runDueJobs();
        assertThat(http.get("/api/v1/media/" + id, token).status()).isEqualTo(200);
    }

    @Test
    void anAppDeletesAnUploadNoStatusTookButNotOneAStatusShows() {
        String spare = upload("spare.png");
        String file = fileOf(spare);
        String used = upload("used.png");
        var status = http.postJson("/api/v1/statuses", token, Map.of("status", "Used", "media_ids", List.of(used)));
        assertThat(status.status()).as(status.raw().body()).isEqualTo(200);

        var deleted = http.method("DELETE", "/api/v1/media/" + spare, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(http.get("/api/v1/media/" + spare, token).status()).isEqualTo(404);
        assertThat(new WebClient(server).get(file).status()).isEqualTo(404);

        var refused = http.method("DELETE", "/api/v1/media/" + used, token, null, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).startsWith("Validation failed: ");
        assertThat(http.get("/api/v1/media/" + used, token).status()).isEqualTo(200);
    }

    private static String upload(String name) {
        MultipartBody body =
                MultipartBody.of(Map.of("file", new WebClient.FilePart(name, "image/png", MastodonMediaIT.png(60))));
        var a = http.send(http.request("/api/v2/media", token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    /** The path of the upload's file, as its attachment's {@code url} names it. */
    private static String fileOf(String mediaId) {
        return URI.create(http.get("/api/v1/media/" + mediaId, token)
                        .json()
                        .get("url")
                        .asText())
                .getPath();
    }
}
