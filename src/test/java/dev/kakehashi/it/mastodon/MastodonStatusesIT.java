package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Posting and reading statuses over HTTP, in the three body encodings apps send. */
class MastodonStatusesIT {
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static Client api;
    static MastodonApi http;
    static MastodonApi.App app;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Statuses IT", "sora", "sora-password-1");
        http = new MastodonApi(server);
        app = http.register("Statuses IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        api = client("read write follow");
    }

    /** A token of the author with these scopes, by the password grant. */
    static Client client(String scopes) {
        return new Client(http.passwordToken(app, "sora", "sora-password-1", scopes));
    }

    /** The calls of one token; paths may be absolute (a Link header's) or start at the root. */
    record Client(String token) {

        MastodonApi.Answer get(String path) {
            return http.get(relative(path), token);
        }

        MastodonApi.Answer delete(String path) {
            return http.method("DELETE", path, token, null, null);
        }

        MastodonApi.Answer postJson(String path, Object body) {
            return http.postJson(path, token, body);
        }

        /** A URL-encoded form; pairs as {@code name, value, ...}, names repeatable ({@code media_ids[]}). */
        MastodonApi.Answer postForm(String path, String... pairs) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                body.append(body.length() == 0 ? "" : "&")
                        .append(MastodonApi.enc(pairs[i]))
                        .append('=')
                        .append(MastodonApi.enc(pairs[i + 1]));
            }
            return http.method("POST", path, token, "application/x-www-form-urlencoded", body.toString());
        }

        MastodonApi.Answer postMultipart(String path, Map<String, Object> parts) {
            MultipartBody body = MultipartBody.of(parts);
            return http.send(http.request(path, token)
                    .header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        }

        private static String relative(String path) {
            return path.startsWith("http") ? path.substring(server.baseUrl().length()) : path;
        }

        static List<String> ids(JsonNode array) {
            List<String> ids = new java.util.ArrayList<>();
            array.forEach(n -> ids.add(n.get("id").asText()));
            return ids;
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static long posts() {
        return tables.count("select count(*) from post");
    }

    static void assertJsonError(MastodonApi.Answer a, int status, String error) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).startsWith(error);
    }

    @Test
    void aJsonStatusIsAShortPostOnTheBlogWithItsPage() {
        MastodonApi.Answer a = api.postJson("/api/v1/statuses", Map.of("status", "Hello from an app #bridges"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        JsonNode s = a.json();
        assertThat(s.get("id").isTextual()).isTrue();
        assertThat(s.get("content").asText()).contains("Hello from an app");
        assertThat(s.get("account").get("acct").asText()).isEqualTo("sora");
        assertThat(s.get("visibility").asText()).isEqualTo("public");
        assertThat(s.get("spoiler_text").asText()).isEmpty();
        assertThat(s.get("tags").get(0).get("name").asText()).isEqualTo("bridges");
        assertThat(s.get("media_attachments").isArray()).isTrue();

        WebClient.Page page = new WebClient(server).get("/posts/" + s.get("id").asText());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().text()).contains("Hello from an app");
        assertThat(new WebClient(server).get("/").html().text()).contains("Hello from an app");

        JsonNode shown =
                new Client(null).get("/api/v1/statuses/" + s.get("id").asText()).json();
        assertThat(shown.get("id").asText()).isEqualTo(s.get("id").asText());
        assertThat(shown.get("url").asText())
                .isEqualTo(server.url("/posts/" + s.get("id").asText()));
    }

    @Test
    void aFollowersOnlyStatusIsSeenByItsAuthorAndNowhereElse() {
        MastodonApi.Answer a =
                api.postJson("/api/v1/statuses", Map.of("status", "For my followers only", "visibility", "private"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        String id = a.json().get("id").asText();
        assertThat(a.json().get("visibility").asText()).isEqualTo("private");

        assertThat(api.get("/api/v1/statuses/" + id).json().get("visibility").asText())
                .isEqualTo("private");
        assertThat(Client.ids(api.get("/api/v1/timelines/home").json())).contains(id);
        String account = a.json().get("account").get("id").asText();
        assertThat(Client.ids(
                        api.get("/api/v1/accounts/" + account + "/statuses").json()))
                .contains(id);

        Client anonymous = new Client(null);
        assertJsonError(anonymous.get("/api/v1/statuses/" + id), 404, "Record not found");
        assertThat(Client.ids(anonymous.get("/api/v1/timelines/public").json())).doesNotContain(id);
        assertThat(Client.ids(anonymous
                        .get("/api/v1/accounts/" + account + "/statuses")
                        .json()))
                .doesNotContain(id);
        assertThat(new WebClient(server).get("/posts/" + id).status()).isEqualTo(404);
        assertThat(new WebClient(server).get("/").html().text()).doesNotContain("For my followers only");
    }

    @Test
    void anUnknownVisibilityIsRefusedAndNothingIsStored() {
        long before = posts();
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "Who sees this?", "visibility", "friends")),
                422,
                "Validation failed");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void aFormStatusWithRailsBooleansIsPosted() {
        MastodonApi.Answer a = api.postForm(
                "/api/v1/statuses", "status", "Posted as a form", "sensitive", "0", "visibility", "public");
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        assertThat(a.json().get("content").asText()).contains("Posted as a form");
    }

    @Test
    void aMultipartStatusIsPosted() {
        MastodonApi.Answer a = api.postMultipart("/api/v1/statuses", Map.of("status", "Posted as multipart"));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        assertThat(a.json().get("content").asText()).contains("Posted as multipart");
    }

    @Test
    void anUnknownOrMalformedIdIsRecordNotFound() {
        assertJsonError(api.get("/api/v1/statuses/999999"), 404, "Record not found");
        assertJsonError(api.get("/api/v1/statuses/not-a-number"), 404, "Record not found");
        assertJsonError(api.delete("/api/v1/statuses/999999"), 404, "Record not found");
    }

    @Test
    void aTokenWithoutWriteScopeIsRefusedAndNothingIsStored() {
        Client reader = client("read");
        long before = posts();
        assertJsonError(
                reader.postJson("/api/v1/statuses", Map.of("status", "no scope")),
                403,
                "This action is outside the authorized scopes");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void noTokenIsUnauthorizedAndNothingIsStored() {
        long before = posts();
        MastodonApi.Answer a = new Client(null).postJson("/api/v1/statuses", Map.of("status", "anon"));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().has("error")).isTrue();
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void badInputIsAValidationErrorAndNothingIsStored() {
        long before = posts();
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "x", "visibility", "everyone")),
                422,
                "Validation failed");
        assertJsonError(api.postJson("/api/v1/statuses", Map.of("status", "")), 422, "Validation failed");
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "x", "media_ids", List.of("abc"))),
                422,
                "Validation failed");
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "x", "media_ids", List.of("12345"))),
                422,
                "Validation failed");
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "x", "scheduled_at", "tomorrow")),
                422,
                "Validation failed");
        assertJsonError(
                api.postJson("/api/v1/statuses", Map.of("status", "x", "in_reply_to_id", "424242")),
                404,
                "Record not found");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void deletingAnswersTheSourceTextAndThePageIsGone() {
        String id = api.postJson("/api/v1/statuses", Map.of("status", "Short *lived*"))
                .json()
                .get("id")
                .asText();
        assertThat(api.get("/api/v1/statuses/" + id + "/source")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Short *lived*");
        MastodonApi.Answer deleted = api.delete("/api/v1/statuses/" + id);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(deleted.json().get("text").asText()).isEqualTo("Short *lived*");
        assertThat(deleted.json().get("id").asText()).isEqualTo(id);
        assertThat(new WebClient(server).get("/posts/" + id).status()).isEqualTo(410);
        assertJsonError(api.get("/api/v1/statuses/" + id), 404, "Record not found");
    }

    @Test
    void aScheduledStatusIsAScheduledStatusAndNotOnTheBlogYet() {
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        MastodonApi.Answer a =
                api.postJson("/api/v1/statuses", Map.of("status", "Later, from an app", "scheduled_at", at.toString()));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        assertThat(a.json().get("scheduled_at").asText())
                .isEqualTo(at.toString().replace("Z", ".000Z"));
        assertThat(a.json().get("params").get("text").asText()).isEqualTo("Later, from an app");
        assertThat(new WebClient(server).get("/").html().text()).doesNotContain("Later, from an app");
        assertJsonError(api.get("/api/v1/statuses/" + a.json().get("id").asText()), 404, "Record not found");
    }

    @Test
    void theHomeTimelinePagesByIdWithALinkHeader() {
        Client timeline = client("read:statuses");
        for (int i = 1; i <= 3; i++) {
            assertThat(api.postJson("/api/v1/statuses", Map.of("status", "Timeline " + i))
                            .status())
                    .isEqualTo(200);
        }
        MastodonApi.Answer first = timeline.get("/api/v1/timelines/home?limit=2");
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        assertThat(first.json().get(0).get("content").asText()).contains("Timeline 3");
        assertThat(first.json().get(1).get("content").asText()).contains("Timeline 2");
        String link = first.header("Link");
        assertThat(link).matches("<[^>]+max_id=" + first.json().get(1).get("id").asText() + "[^>]*>; rel=\"next\".*");
        String next = link.substring(1, link.indexOf('>'));
        assertThat(next).contains("limit=2");

        MastodonApi.Answer second = timeline.get(next);
        assertThat(second.json().get(0).get("content").asText()).contains("Timeline 1");
        List<String> firstIds = Client.ids(first.json());
        assertThat(Client.ids(second.json())).doesNotContainAnyElementsOf(firstIds);

        MastodonApi.Answer above = timeline.get("/api/v1/timelines/home?min_id=" + firstIds.get(1));
        assertThat(Client.ids(above.json())).startsWith(firstIds.get(0));
        assertThat(Client.ids(above.json())).doesNotContain(firstIds.get(1));
    }

    @Test
    void thePublicTimelineNeedsNoTokenAndTheHomeTimelineDoes() {
        api.postJson("/api/v1/statuses", Map.of("status", "Public for everyone"));
        Client anonymous = new Client(null);
        MastodonApi.Answer pub = anonymous.get("/api/v1/timelines/public?local=true");
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.json().toString()).contains("Public for everyone");
        // Only the blog's posts are public here: remote=t (a Rails true) lists none.
        MastodonApi.Answer remote = anonymous.get("/api/v1/timelines/public?remote=t");
        assertThat(remote.status()).isEqualTo(200);
        assertThat(remote.json()).isEmpty();
        assertThat(anonymous.get("/api/v1/timelines/public?remote=f").json().toString())
                .contains("Public for everyone");
        assertThat(anonymous.get("/api/v1/timelines/home").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/timelines/public?max_id=abc").status())
                .isEqualTo(422);
    }

    @Test
    void anAuthorIsAnAccountFoundByIdAndByNameWithTheirStatuses() {
        JsonNode status = api.postJson("/api/v1/statuses", Map.of("status", "Written by sora"))
                .json();
        String accountId = status.get("account").get("id").asText();
        Client anonymous = new Client(null);

        JsonNode account = anonymous.get("/api/v1/accounts/" + accountId).json();
        assertThat(account.get("acct").asText()).isEqualTo("sora");
        assertThat(account.get("statuses_count").asLong()).isPositive();
        assertThat(anonymous
                        .get("/api/v1/accounts/lookup?acct=sora")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(accountId);
        String host = java.net.URI.create(server.baseUrl()).getRawAuthority();
        assertThat(anonymous
                        .get("/api/v1/accounts/lookup?acct=%40sora%40" + host)
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(accountId);
        assertJsonError(anonymous.get("/api/v1/accounts/lookup?acct=nobody"), 404, "Record not found");
        assertJsonError(
                anonymous.get("/api/v1/accounts/lookup?acct=nobody@elsewhere.example"), 404, "Record not found");
        assertJsonError(anonymous.get("/api/v1/accounts/987654321"), 404, "Record not found");
        assertJsonError(anonymous.get("/api/v1/accounts/987654321/statuses"), 404, "Record not found");

        JsonNode statuses = anonymous
                .get("/api/v1/accounts/" + accountId + "/statuses?exclude_replies=true")
                .json();
        assertThat(Client.ids(statuses)).contains(status.get("id").asText());
        assertThat(Client.ids(anonymous
                        .get("/api/v1/accounts/" + accountId + "/statuses?only_media=true")
                        .json()))
                .doesNotContain(status.get("id").asText());
        assertThat(anonymous
                        .get("/api/v1/accounts/" + accountId + "/statuses?pinned=true")
                        .json())
                .isEmpty();

        // The author's own account still answers beside these routes.
        assertThat(api.get("/api/v1/accounts/verify_credentials")
                        .json()
                        .get("username")
                        .asText())
                .isEqualTo("sora");
    }

    @Test
    void theSameIdempotencyKeyPostsOnceAndAnotherKeyPostsAgain() {
        long before = posts();
        MastodonApi.Answer first = http.postJson("/api/v1/statuses", api.token(), Map.of("status", "Only once"));
        assertThat(first.status()).isEqualTo(200);
        long afterPlain = posts();
        assertThat(afterPlain).isEqualTo(before + 1);

        var key1 = http.request("/api/v1/statuses", api.token())
                .header("Idempotency-Key", "retry-1")
                .header("Content-Type", "application/json");
        MastodonApi.Answer a = http.send(key1.POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"Keyed\"}")));
        var again = http.request("/api/v1/statuses", api.token())
                .header("Idempotency-Key", "retry-1")
                .header("Content-Type", "application/json");
        MastodonApi.Answer b = http.send(again.POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"Keyed\"}")));
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.json().get("id").asText()).isEqualTo(a.json().get("id").asText());
        assertThat(posts()).isEqualTo(afterPlain + 1);

        var other = http.request("/api/v1/statuses", api.token())
                .header("Idempotency-Key", "retry-2")
                .header("Content-Type", "application/json");
        MastodonApi.Answer c = http.send(other.POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"Keyed\"}")));
        assertThat(c.json().get("id").asText()).isNotEqualTo(a.json().get("id").asText());
        assertThat(posts()).isEqualTo(afterPlain + 2);
    }
}
