package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer the author follows (and which follows the author) sends followers-only and
 * unlisted notes: home shows them with their true visibility; a followers-only one cannot be
 * boosted (no Announce leaves), a reply to it is followers-only unless asked otherwise, and no
 * other author and no anonymous reader can read it.
 */
class MastodonFollowersOnlyIT {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static FedifyPeer peer;
    static AppAuthor ren;
    static MastodonApi http;
    static String token;
    static String other;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        ren = AppAuthor.start("Followers-only IT", "ren", "ren-password-1");
        http = ren.http;
        token = ren.token;
        ren.followAccepted(peer);
        ren.followedBy(peer);
        other = ren.addAuthor("kai", "kai-password-1");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (ren != null) ren.close();
    }

    /** The peer sends a Create of a note to the author's inbox, addressed {@code to} and {@code cc}. */
    static String send(String html, List<String> to, List<String> cc) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = peer.note(id, html, to.toArray(String[]::new));
        note.put("cc", cc);
        FedifyPeer.Delivery d = peer.create(ren.actor, note);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        return id;
    }

    /** The status with this uri in the home timeline of {@code as}, or null. */
    static JsonNode inHome(String uri, String as) {
        MastodonApi.Answer a = http.get("/api/v1/timelines/home?limit=40", as);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        for (JsonNode s : a.json()) {
            if (uri.equals(s.get("uri").asText())) {
                return s;
            }
        }
        return null;
    }

    @Test
    void aFollowersOnlyNoteIsPrivateForTheFollowerAlone() {
        String note = send("<p>Only for my followers</p>", List.of(peer.actorUrl() + "/followers"), List.of());
        Eventually.await(() -> inHome(note, token) != null);
        JsonNode status = inHome(note, token);
        assertThat(status.get("visibility").asText()).isEqualTo("private");
        String id = status.get("id").asText();
        assertThat(http.get("/api/v1/statuses/" + id, token).status()).isEqualTo(200);

        for (String path : List.of("/api/v1/statuses/" + id, "/api/v1/statuses/" + id + "/context")) {
            assertThat(http.get(path, other).status())
                    .as("another author, " + path)
                    .isEqualTo(404);
            assertThat(http.get(path, null).status())
                    .as("an anonymous reader, " + path)
                    .isEqualTo(404);
        }
        assertThat(inHome(note, other)).as("the other author's home").isNull();
        assertThat(http.get("/api/v1/timelines/public", null).raw().body()).doesNotContain("Only for my followers");

        MastodonApi.Answer reblog = http.postJson("/api/v1/statuses/" + id + "/reblog", token, Map.of());
        assertThat(reblog.status()).as(reblog.raw().body()).isEqualTo(422);
        assertThat(reblog.raw().body()).contains("not allowed");
        assertThat(ren.tables.text(
                        "select count(*) from outbox_activity where activity_type = 'Announce' and object_uri = ?",
                        note))
                .as("no Announce is queued")
                .isEqualTo("0");
        assertThat(http.get("/api/v1/statuses/" + id, token)
                        .json()
                        .get("reblogged")
                        .asBoolean())
                .isFalse();

        // A favourite is still allowed; once its Like has reached the peer, no Announce came before it.
        MastodonApi.Answer fav = http.postJson("/api/v1/statuses/" + id + "/favourite", token, Map.of());
        assertThat(fav.status()).as(fav.raw().body()).isEqualTo(200);
        peer.awaitReceived(
                a -> "Like".equals(a.get("type").asText())
                        && note.equals(a.get("activity").get("object").asText()),
                AppAuthor.PATIENCE);
        assertThat(peer.received())
                .noneMatch(a -> "Announce".equals(a.get("type").asText()));

        // A reply that names no visibility is no wider than the post it answers.
        MastodonApi.Answer reply =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Glad you shared it", "in_reply_to_id", id));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.json().get("visibility").asText()).isEqualTo("private");
        MastodonApi.Answer open = http.postJson(
                "/api/v1/statuses",
                token,
                Map.of("status", "Said in the open", "in_reply_to_id", id, "visibility", "unlisted"));
        assertThat(open.json().get("visibility").asText())
                .as("a visibility asked for")
                .isEqualTo("unlisted");
        // Its thread shows the followers-only post above it to the follower alone.
        String openContext = "/api/v1/statuses/" + open.json().get("id").asText() + "/context";
        assertThat(http.get(openContext, token).json().get("ancestors").toString())
                .contains("Only for my followers");
        for (String as : java.util.Arrays.asList(other, null)) {
            MastodonApi.Answer seen = http.get(openContext, as);
            assertThat(seen.status()).as(seen.raw().body()).isEqualTo(200);
            assertThat(seen.raw().body()).doesNotContain("Only for my followers");
        }
    }

    @Test
    void anUnlistedNoteIsUnlisted() {
        String note = send("<p>Quietly public</p>", List.of(peer.actorUrl() + "/followers"), List.of(PUBLIC));
        Eventually.await(() -> inHome(note, token) != null);
        JsonNode status = inHome(note, token);
        assertThat(status.get("visibility").asText()).isEqualTo("unlisted");
        assertThat(http.get("/api/v1/statuses/" + status.get("id").asText(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPublicNoteStaysPublic() {
        String note = send("<p>For everyone</p>", List.of(PUBLIC), List.of(peer.actorUrl() + "/followers"));
        Eventually.await(() -> inHome(note, token) != null);
        assertThat(inHome(note, token).get("visibility").asText()).isEqualTo("public");
    }
}
