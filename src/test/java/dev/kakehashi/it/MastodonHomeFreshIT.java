package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home timeline is kept whole between changes, and the bearer token in memory: every change an
 * app makes (an edit, a like and its count, its undoing, a bookmark, a thread mute, a delete) shows
 * on the very next request, whose answer would otherwise come from what was kept, and a revoked
 * token is refused at once. Each step reads home just before the change, so the kept answer is
 * fresh when the change is made.
 */
class MastodonHomeFreshIT {
    static AppAuthor hfa;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        hfa = AppAuthor.start("Home fresh IT", "hfa", "hfa-password-1");
        http = hfa.http;
        token = hfa.token;
    }

    @AfterAll
    static void stop() {
        if (hfa != null) hfa.close();
    }

    static JsonNode home(String token) {
        MastodonApi.Answer a = http.get("/api/v1/timelines/home?limit=40", token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        return a.json();
    }

    /** The status {@code id} as home shows it now (it is the newest). */
    static JsonNode shown(String id) {
        JsonNode page = home(token);
        assertThat(page.size()).as(page.toString()).isGreaterThan(0);
        assertThat(page.get(0).get("id").asText()).isEqualTo(id);
        return page.get(0);
    }

    static void ok(MastodonApi.Answer a) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
    }

    @Test
    void everyChangeShowsOnTheNextRequest() {
        MastodonApi.Answer posted = http.postJson("/api/v1/statuses", token, Map.of("status", "First words"));
        ok(posted);
        String id = posted.json().get("id").asText();
        assertThat(shown(id).get("content").asText()).contains("First words");
        assertThat(shown(id).get("content").asText()).contains("First words");

        ok(http.method("PUT", "/api/v1/statuses/" + id, token, "application/json", "{\"status\":\"Second thoughts\"}"));
        JsonNode edited = shown(id);
        assertThat(edited.get("content").asText()).contains("Second thoughts");
        assertThat(edited.get("edited_at").isNull()).isFalse();

        shown(id);
        ok(http.postJson("/api/v1/statuses/" + id + "/favourite", token, Map.of()));
        JsonNode liked = shown(id);
        assertThat(liked.get("favourited").asBoolean()).isTrue();
        assertThat(liked.get("favourites_count").asInt()).isEqualTo(1);

        ok(http.postJson("/api/v1/statuses/" + id + "/unfavourite", token, Map.of()));
        JsonNode unliked = shown(id);
        assertThat(unliked.get("favourited").asBoolean()).isFalse();
        assertThat(unliked.get("favourites_count").asInt()).isZero();

        ok(http.postJson("/api/v1/statuses/" + id + "/bookmark", token, Map.of()));
        assertThat(shown(id).get("bookmarked").asBoolean()).isTrue();
        ok(http.postJson("/api/v1/statuses/" + id + "/mute", token, Map.of()));
        assertThat(shown(id).get("muted").asBoolean()).isTrue();
        ok(http.postJson("/api/v1/statuses/" + id + "/unbookmark", token, Map.of()));
        assertThat(shown(id).get("bookmarked").asBoolean()).isFalse();

        ok(http.method("DELETE", "/api/v1/statuses/" + id, token, null, null));
        assertThat(home(token).toString()).doesNotContain("\"id\":\"" + id + "\"");
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        String other = http.passwordToken(hfa.app, "hfa", "hfa-password-1", "read write follow");
        home(other);
        home(other);
        MastodonApi.Answer revoked = http.postForm(
                "/oauth/revoke",
                null,
                Map.of("client_id", hfa.app.clientId(), "client_secret", hfa.app.clientSecret(), "token", other));
        ok(revoked);
        MastodonApi.Answer after = http.get("/api/v1/timelines/home?limit=40", other);
        assertThat(after.status()).as(after.raw().body()).isEqualTo(401);
        assertThat(after.json().get("error").asText()).isEqualTo("The access token is invalid");
        // The author's other token is untouched.
        home(token);
    }
}
