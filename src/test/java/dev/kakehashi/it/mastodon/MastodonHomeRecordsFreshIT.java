package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a home page shows of each status is read fresh whatever the whole-answer cache keeps: every
 * request here asks for another URL (an ignored parameter, as the benchmark does), so each page is
 * rendered, and an edit, a new display name, a vote in a poll, a delete, an image's new alt text, a
 * hashtag added by an edit and a followed Fedify peer's Update of its note (once the inbox handled it)
 * each show on the very next one, although blog posts' records are kept between pages
 * ({@code PostRecords}).
 */
class MastodonHomeRecordsFreshIT {
    static final List<String> PUBLIC = List.of("https://www.w3.org/ns/activitystreams#Public");
    static FedifyPeer peer;
    static AppAuthor hrf;
    static MastodonApi http;
    static String token;
    static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void start() {
        hrf = AppAuthor.start("Home records fresh IT", "hrf", "hrf-password-1");
        http = hrf.http;
        token = hrf.token;
        peer = FedifyPeer.start();
        hrf.followAccepted(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (hrf != null) hrf.close();
    }

    /** The status {@code id} as a newly rendered home page shows it (it is the newest). */
    static JsonNode shown(String id) {
        JsonNode page = home();
        assertThat(page.size()).as(page.toString()).isGreaterThan(0);
        assertThat(page.get(0).get("id").asText()).isEqualTo(id);
        return page.get(0);
    }

    /** A home page at a URL never asked before, so never the whole answer kept for another. */
    static JsonNode home() {
        MastodonApi.Answer a = http.get("/api/v1/timelines/home?limit=40&fresh=" + requests.incrementAndGet(), token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    static MastodonApi.Answer ok(MastodonApi.Answer a) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a;
    }

    @Test
    void anEditANewDisplayNameAndADeleteShowOnTheNextRenderedPage() {
        String id = ok(http.postJson("/api/v1/statuses", token, Map.of("status", "First words")))
                .json()
                .get("id")
                .asText();
        assertThat(shown(id).get("content").asText()).contains("First words");
        assertThat(shown(id).get("edited_at").isNull()).isTrue();

        ok(http.method("PUT", "/api/v1/statuses/" + id, token, "application/json", "{\"status\":\"Second thoughts\"}"));
        JsonNode edited = shown(id);
        assertThat(edited.get("content").asText()).contains("Second thoughts").doesNotContain("First words");
        assertThat(edited.get("edited_at").isNull()).isFalse();

        ok(http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/json",
                "{\"display_name\":\"Renamed for the records\"}"));
        assertThat(shown(id).get("account").get("display_name").asText()).isEqualTo("Renamed for the records");

        ok(http.method("DELETE", "/api/v1/statuses/" + id, token, null, null));
        assertThat(home().toString()).doesNotContain("\"id\":\"" + id + "\"");
    }

    @Test
    void anImagesNewAltTextAndAnEditsHashtagShowOnTheNextRenderedPage() {
        MultipartBody body = MultipartBody.of(
                Map.of("file", new WebClient.FilePart("sea.png", "image/png", MastodonMediaIT.png(40))));
        MastodonApi.Answer uploaded = http.send(http.request("/api/v2/media", token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(uploaded.status()).as(uploaded.raw().body()).isBetween(200, 202);
        String mediaId = uploaded.json().get("id").asText();
        String id = ok(http.postJson(
                        "/api/v1/statuses", token, Map.of("status", "The sea", "media_ids", List.of(mediaId))))
                .json()
                .get("id")
                .asText();
        assertThat(shown(id).get("media_attachments").get(0).get("description").isNull())
                .isTrue();
        assertThat(shown(id).get("tags")).isEmpty();

        ok(http.method(
                "PUT", "/api/v1/media/" + mediaId, token, "application/json", "{\"description\":\"The sea at dawn\"}"));
        assertThat(shown(id).get("media_attachments").get(0).get("description").asText())
                .isEqualTo("The sea at dawn");

        ok(http.method(
                "PUT",
                "/api/v1/statuses/" + id,
                token,
                "application/json",
                "{\"status\":\"The sea #tides\",\"media_ids\":[\"" + mediaId + "\"]}"));
        JsonNode edited = shown(id);
        assertThat(edited.get("tags").get(0).get("name").asText()).isEqualTo("tides");
        assertThat(edited.get("media_attachments").get(0).get("description").asText())
                .isEqualTo("The sea at dawn");
    }

    @Test
    void aVoteInAPollShowsOnTheNextRenderedPage() {
        String voter = hrf.addAuthor("voter", "voter-password-1");
        JsonNode posted = ok(http.postJson(
                        "/api/v1/statuses",
                        token,
                        Map.of(
                                "status",
                                "Tea or coffee?",
                                "poll",
                                Map.of("options", List.of("Tea", "Coffee"), "expires_in", 3600))))
                .json();
        String id = posted.get("id").asText();
        String pollId = posted.get("poll").get("id").asText();
        assertThat(shown(id).get("poll").get("votes_count").asInt()).isZero();

        ok(http.postJson("/api/v1/polls/" + pollId + "/votes", voter, Map.of("choices", List.of(1))));
        JsonNode poll = shown(id).get("poll");
        assertThat(poll.get("votes_count").asInt()).isEqualTo(1);
        assertThat(poll.get("options").get(1).get("votes_count").asInt()).isEqualTo(1);
    }

    @Test
    void aRemoteUpdateShowsOnTheNextRenderedPage() {
        String uri = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Instant published = Instant.now().minusSeconds(600);
        send("Create", note(uri, "<p>Remote first draft</p>", published, null));
        Eventually.await(() -> hrf.tables.count("select count(*) from remote_post where uri = ?", uri) == 1);
        String id = hrf.tables.text("select id from remote_post where uri = ?", uri);
        assertThat(shown(id).get("content").asText()).contains("Remote first draft");

        send("Update", note(uri, "<p>Remote final words</p>", published, published.plusSeconds(60)));
        Eventually.await(() -> hrf.tables
                .text("select content_html from remote_post where uri = ?", uri)
                .contains("Remote final words"));
        JsonNode updated = shown(id);
        assertThat(updated.get("content").asText())
                .contains("Remote final words")
                .doesNotContain("first draft");
        assertThat(updated.get("edited_at").isNull()).isFalse();
    }

    static void send(String type, Object object) {
        FedifyPeer.Delivery d =
                peer.send(hrf.actor, Map.of("type", type, "to", PUBLIC, "object", object), FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    static Map<String, Object> note(String id, String html, Instant published, Instant updated) {
        Map<String, Object> note = new HashMap<>();
        note.put("type", "Note");
        note.put("id", id);
        note.put("attributedTo", peer.actorUrl());
        note.put("to", PUBLIC);
        note.put("content", html);
        note.put("published", published.toString());
        if (updated != null) {
            note.put("updated", updated.toString());
        }
        return note;
    }
}
