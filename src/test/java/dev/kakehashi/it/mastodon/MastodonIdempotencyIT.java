package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/statuses} holds for an hour, as on Mastodon (INTEROP
 * B0.11): a retry within the hour answers the first status, the same key an hour later posts anew.
 * The hour passes by moving the key's row back; the blog page shows what was posted.
 */
class MastodonIdempotencyIT {
    static AppAuthor author;
    static KakehashiServer server;
    static LiveTables tables;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        author = AppAuthor.start("Idempotency IT", "ida", "ida-password-1");
        server = author.server;
        tables = author.tables;
        http = author.http;
        token = author.token;
    }

    @AfterAll
    static void stop() {
        if (author != null) author.close();
    }

    @Test
    void theSameKeyPostsOnceWithinTheHourAndAgainAfterIt() {
        int before = statuses();
        String first = post("morning-note", "Morning note");
        assertThat(post("morning-note", "Morning note")).isEqualTo(first);
        tables.update(
                "update api_idempotency set created_at = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(59))));
        assertThat(post("morning-note", "Morning note")).isEqualTo(first);
        tables.update(
                "update api_idempotency set created_at = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))));
        String later = post("morning-note", "Morning note");
        assertThat(later).isNotEqualTo(first);
        assertThat(statuses()).isEqualTo(before + 2);
    }

    private static int statuses() {
        return http.get("/api/v1/accounts/verify_credentials", token)
                .json()
                .get("statuses_count")
                .asInt();
    }

    private static String post(String key, String text) {
        var a = http.send(http.request("/api/v1/statuses", token)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=" + MastodonApi.enc(text))));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }
}
