package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer the author follows posts a note and edits it twice: the app's edit history of
 * that status lists every version, oldest first, with the peer as its account; an edit that arrives
 * late (older than the one shown) adds none; an edit changes the warning, sensitivity and language.
 */
class MastodonRemoteHistoryIT extends MastodonFollowedPeerFixture {
    static Map<String, Object> note(String id, String html, String summary, Instant published, Instant updated) {
        Map<String, Object> note = new java.util.HashMap<>();
        note.put("type", "Note");
        note.put("id", id);
        note.put("attributedTo", peer.actorUrl());
        note.put("to", PUBLIC);
        note.put("content", html);
        note.put("published", published.toString());
        if (summary != null) {
            note.put("summary", summary);
        }
        if (updated != null) {
            note.put("updated", updated.toString());
        }
        return note;
    }

    static JsonNode history(String statusId) {
        MastodonApi.Answer a = http.get("/api/v1/statuses/" + statusId + "/history", kai.token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    @Test
    void everyUpdateOfAFollowedPeersNoteIsAVersionInItsHistory() {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Instant published = Instant.now().minusSeconds(600);
        send("Create", note(id, "<p>First draft</p>", null, published, null));
        Eventually.await(() -> kai.tables.count("select count(*) from remote_post where uri = ?", id) == 1);
        String statusId = kai.tables.text("select id from remote_post where uri = ?", id);

        JsonNode untouched = history(statusId);
        assertThat(untouched).hasSize(1);
        assertThat(untouched.get(0).get("content").asText()).contains("First draft");

        send("Update", note(id, "<p>Second draft</p>", null, published, published.plusSeconds(60)));
        send("Update", note(id, "<p>Final words</p>", "spoilers", published, published.plusSeconds(120)));
        Eventually.await(() -> history(statusId).size() == 3);
        // Arriving late, an edit older than the one shown changes nothing and adds no version.
        send("Update", note(id, "<p>Stale</p>", null, published, published.plusSeconds(90)));
        kai.server.runDueJobs();

        JsonNode versions = history(statusId);
        assertThat(versions).as(versions.toString()).hasSize(3);
        assertThat(versions.get(0).get("content").asText()).contains("First draft");
        assertThat(versions.get(0).get("created_at").asText())
                .startsWith(published.toString().substring(0, 16));
        assertThat(versions.get(1).get("content").asText()).contains("Second draft");
        assertThat(versions.get(2).get("content").asText()).contains("Final words");
        assertThat(versions.get(2).get("spoiler_text").asText()).isEqualTo("spoilers");
        assertThat(versions.get(2).get("sensitive").asBoolean()).isTrue();
        assertThat(versions.get(1).get("spoiler_text").asText()).isEmpty();
        for (JsonNode v : versions) {
            assertThat(v.get("account").get("id").asText()).isEqualTo(peerId);
        }
        JsonNode status = http.get("/api/v1/statuses/" + statusId, kai.token).json();
        assertThat(status.get("content").asText()).contains("Final words");
        assertThat(status.get("edited_at").isNull()).isFalse();

        // Deleted by its author: its history goes with it.
        send("Delete", id);
        Eventually.await(() ->
                http.get("/api/v1/statuses/" + statusId + "/history", kai.token).status() == 404);
    }

    @Test
    void anUpdateChangesTheWarningSensitivityAndLanguage() {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Instant published = Instant.now().minusSeconds(600);
        Map<String, Object> first = note(id, "<p>Hello there</p>", null, published, null);
        first.put("contentMap", Map.of("en", "<p>Hello there</p>"));
        send("Create", first);
        Eventually.await(() -> kai.tables.count("select count(*) from remote_post where uri = ?", id) == 1);
        String statusId = kai.tables.text("select id from remote_post where uri = ?", id);
        JsonNode before = http.get("/api/v1/statuses/" + statusId, kai.token).json();
        assertThat(before.get("sensitive").asBoolean()).isFalse();
        assertThat(before.get("language").asText()).isEqualTo("en");

        // Mastodon marks media sensitive with no warning: sensitive alone.
        Map<String, Object> marked = note(id, "<p>Bonjour</p>", null, published, published.plusSeconds(60));
        marked.put("contentMap", Map.of("fr", "<p>Bonjour</p>"));
        marked.put("sensitive", true);
        send("Update", marked);
        Eventually.await(() -> http.get("/api/v1/statuses/" + statusId, kai.token)
                .json()
                .get("sensitive")
                .asBoolean());
        JsonNode after = http.get("/api/v1/statuses/" + statusId, kai.token).json();
        assertThat(after.get("language").asText()).isEqualTo("fr");
        assertThat(after.get("spoiler_text").asText()).isEmpty();

        Map<String, Object> warned = note(id, "<p>Bonjour</p>", "Spoilers", published, published.plusSeconds(120));
        send("Update", warned);
        Eventually.await(() -> !http.get("/api/v1/statuses/" + statusId, kai.token)
                .json()
                .get("spoiler_text")
                .asText()
                .isEmpty());
        JsonNode last = http.get("/api/v1/statuses/" + statusId, kai.token).json();
        assertThat(last.get("spoiler_text").asText()).isEqualTo("Spoilers");
        assertThat(last.get("sensitive").asBoolean()).isTrue();
        assertThat(last.path("language").isTextual())
                .as("no contentMap, no language")
                .isFalse();

        JsonNode versions = history(statusId);
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("sensitive").asBoolean()).isFalse();
        assertThat(versions.get(1).get("sensitive").asBoolean())
                .as("marked, no warning")
                .isTrue();
        assertThat(versions.get(1).get("spoiler_text").asText()).isEmpty();
        assertThat(versions.get(2).get("spoiler_text").asText()).isEqualTo("Spoilers");
    }
}
