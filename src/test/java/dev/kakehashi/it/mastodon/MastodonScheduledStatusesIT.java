package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A status scheduled from an app moves with its trigger, and a deleted one never publishes.
 */
class MastodonScheduledStatusesIT extends MastodonStatusFixture {
    @Test
    void aScheduledStatusMovesWithItsTriggerAndADeletedOneNeverPublishes() {
        Instant first = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        MastodonApi.Answer made =
                post("/api/v1/statuses", Map.of("status", "Later, maybe", "scheduled_at", first.toString()));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();

        MastodonApi.Answer list = get("/api/v1/scheduled_statuses");
        assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
        assertThat(ids(list.json())).contains(id);
        assertThat(get("/api/v1/scheduled_statuses/" + id)
                        .json()
                        .get("params")
                        .get("text")
                        .asText())
                .isEqualTo("Later, maybe");
        assertThat(fireTime(id)).isEqualTo(first.toEpochMilli());

        Instant moved = first.plus(1, ChronoUnit.HOURS);
        MastodonApi.Answer put =
                put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", moved.toString()));
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(Instant.parse(put.json().get("scheduled_at").asText())).isEqualTo(moved);
        assertThat(fireTime(id)).isEqualTo(moved.toEpochMilli());

        String tooSoon = Instant.now().plus(1, ChronoUnit.MINUTES).toString();
        assertJsonError(put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", tooSoon)), 422);
        assertJsonError(put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", "soon")), 422);
        assertJsonError(
                put("/api/v1/scheduled_statuses/" + id, writerToken, Map.of("scheduled_at", moved.toString())), 404);
        assertJsonError(http.get("/api/v1/scheduled_statuses/" + id, writerToken), 404);
        assertThat(fireTime(id)).isEqualTo(moved.toEpochMilli());

        MastodonApi.Answer deleted = http.method("DELETE", "/api/v1/scheduled_statuses/" + id, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(tables.count("select count(*) from qrtz_triggers where trigger_name = ?", id))
                .isZero();
        assertJsonError(get("/api/v1/scheduled_statuses/" + id), 404);
        assertThat(ids(get("/api/v1/scheduled_statuses").json())).doesNotContain(id);

        server.runDueJobs();
        assertThat(tables.text("select status from post where id = cast(? as bigint)", id))
                .isEqualTo("DELETED");
        assertThat(new WebClient(server).get("/").body()).doesNotContain("Later, maybe");
        assertJsonError(http.method("DELETE", "/api/v1/scheduled_statuses/" + id, token, null, null), 404);
    }

    static long fireTime(String postId) {
        return tables.count("select next_fire_time from qrtz_triggers where trigger_name = ?", postId);
    }
}
