package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.ops.MetricsIT;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home timeline is kept whole between changes, and the bearer token in memory: every change an
 * app makes (an edit, a like and its count, its undoing, a bookmark, a thread mute, a pin, a new
 * display name, a filter, a delete) shows
 * on the very next request, whose answer would otherwise come from what was kept, and a revoked
 * token is refused at once. Each step reads home just before the change, so the kept answer is
 * fresh when the change is made.
 */
class MastodonHomeFreshIT {
    static final String METRICS = "hfa-metrics";
    static AppAuthor hfa;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        hfa = AppAuthor.start("Home fresh IT", "hfa", "hfa-password-1", Map.of("metrics.token", METRICS));
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

    /**
     * What the page reads beside the statuses in one statement (counts, the viewer's likes, bookmarks,
     * pins and mutes) and the viewer's filters, read only when there are any: a pin, a new display
     * name, a filter and its removal each show on the next request.
     */
    @Test
    void aPinANewDisplayNameAndAFilterShowOnTheNextRequest() {
        MastodonApi.Answer posted =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Pinned words about cats"));
        ok(posted);
        String id = posted.json().get("id").asText();
        JsonNode before = shown(id);
        assertThat(before.get("pinned").asBoolean()).isFalse();
        assertThat(before.get("filtered").size()).isZero();

        ok(http.postJson("/api/v1/statuses/" + id + "/pin", token, Map.of()));
        assertThat(shown(id).get("pinned").asBoolean()).isTrue();

        ok(http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/json",
                "{\"display_name\":\"Renamed from an app\"}"));
        assertThat(shown(id).get("account").get("display_name").asText()).isEqualTo("Renamed from an app");

        MastodonApi.Answer filter = http.method(
                "POST",
                "/api/v2/filters",
                token,
                "application/json",
                "{\"title\":\"No cats\",\"context\":[\"home\"],\"filter_action\":\"warn\","
                        + "\"keywords_attributes\":[{\"keyword\":\"cats\"}]}");
        ok(filter);
        JsonNode filtered = shown(id).get("filtered");
        assertThat(filtered.size()).as(filtered.toString()).isEqualTo(1);
        assertThat(filtered.get(0).get("filter").get("title").asText()).isEqualTo("No cats");
        assertThat(filtered.get(0).get("keyword_matches").get(0).asText()).isEqualTo("cats");

        ok(http.method("DELETE", "/api/v2/filters/" + filter.json().get("id").asText(), token, null, null));
        assertThat(shown(id).get("filtered").size()).isZero();
        ok(http.postJson("/api/v1/statuses/" + id + "/unpin", token, Map.of()));
        assertThat(shown(id).get("pinned").asBoolean()).isFalse();
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

    /** A counter on /metrics, as a scraper reads it: the sample of {@code name} with all {@code labels}. */
    static long meter(String name, String... labels) {
        WebClient.Page page = MetricsIT.scrape(hfa.admin, "Bearer " + METRICS);
        assertThat(page.status()).isEqualTo(200);
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(page.body());
        while (m.find()) {
            String found = m.group(1);
            if (Stream.of(labels).allMatch(found::contains)) {
                return (long) Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no " + name + " " + List.of(labels) + " in " + page.body());
    }

    /** A cache's hits or misses so far ({@code result} is hit or miss). */
    static long cacheGets(String cache, String result) {
        return meter("cache_gets_total", "cache=\"" + cache + "\"", "result=\"" + result + "\"");
    }

    /**
     * How many times the app took a connection from its pool while serving a request so far (the
     * background jobs and drain loops take theirs meanwhile, uncounted).
     */
    static long connectionsTaken() {
        return meter("kakehashi_request_connections_total");
    }

    /**
     * {@code n} clients asking for home with {@code token} at once, each {@code times} in a row; answers
     * how many milliseconds they took.
     */
    static long burst(String token, int n, int times) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier together = new CyclicBarrier(n);
            long start = System.nanoTime();
            List<Future<MastodonApi.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    MastodonApi.Answer last = null;
                    for (int t = 0; t < times && (last == null || last.status() == 200); t++) {
                        last = http.get("/api/v1/timelines/home?limit=40", token);
                    }
                    return last;
                }));
            }
            for (Future<MastodonApi.Answer> a : answers) {
                MastodonApi.Answer answer = a.get(60, TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsWithOneTokenAreAnsweredFromTheCaches() throws Exception {
        // A token last used 58 s ago, kept in memory by one request; 3 s later its use is due to be
        // noted again, and a burst of requests all find it due at once.
        String token = http.passwordToken(hfa.app, "hfa", "hfa-password-1", "read");
        Instant lastUse = Instant.now().minusSeconds(58);
        assertThat(hfa.tables.update(
                        "update oauth_token set last_used_at = ? where id = (select max(id) from oauth_token)",
                        lastUse.atOffset(ZoneOffset.UTC)))
                .isEqualTo(1);
        home(token);
        Instant due = lastUse.plus(Duration.ofSeconds(61));
        for (int i = 0; i < 100 && Instant.now().isBefore(due); i++) {
            Thread.sleep(100);
        }
        int n = 16;
        long taken = connectionsTaken();
        burst(token, n, 1);
        // One request notes the use; the others take the token from memory (and a rendering, if the
        // kept answer expired).
        assertThat(connectionsTaken() - taken)
                .as("connections taken by %d requests with a token due to be noted", n)
                .isPositive()
                .isLessThan(n / 2);

        long tokenMisses = cacheGets("oauth-tokens", "miss");
        long homeMisses = cacheGets("home-timelines", "miss");
        int times = 4;
        long ms = burst(token, n, times);
        assertThat(cacheGets("oauth-tokens", "miss") - tokenMisses)
                .as("tokens read from the database in the second burst")
                .isZero();
        // Each answer is kept for a second at most; a rendering is shared by the requests that wait for it.
        long renderings = ms / 1000 + 1;
        assertThat(cacheGets("home-timelines", "miss") - homeMisses)
                .as("home answers not found kept, in %d ms", ms)
                .isLessThanOrEqualTo(renderings * n)
                .isLessThan((long) n * times);
    }
}
