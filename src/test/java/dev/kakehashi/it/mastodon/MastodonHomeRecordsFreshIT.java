package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.MastodonApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a home page shows of each status is read fresh whatever the whole-answer cache keeps: every
 * request here asks for another URL (an ignored parameter, as the benchmark does), so each page is
 * rendered, and an edit, a new display name, a vote in a poll and a delete each show on the very
 * next one.
 */
class MastodonHomeRecordsFreshIT {
    static AppAuthor hrf;
    static MastodonApi http;
    static String token;
    static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void start() {
        hrf = AppAuthor.start("Home records fresh IT", "hrf", "hrf-password-1");
        http = hrf.http;
        token = hrf.token;
    }

    @AfterAll
    static void stop() {
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
}
