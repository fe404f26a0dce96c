package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Mastodon API's cross-cutting rules and discovery as clients meet them: the instance documents
 * (with and without the trailing slash), CORS and its preflight, rate-limit headers, JSON errors,
 * credentials, preferences, markers and the absent push subscription.
 */
class MastodonApiBasicsIT {
    static KakehashiServer server;
    static MastodonApi api;
    static String token;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        new WebClient(server).setUpAndLogIn("Basics IT", "owner", "owner-password-1");
        api = new MastodonApi(server);
        var app = api.register("Basics app", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = api.passwordToken(app, "owner", "owner-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bothInstanceDocumentsAnswerWithAndWithoutTheTrailingSlash() {
        for (String path :
                new String[] {"/api/v1/instance", "/api/v1/instance/", "/api/v2/instance", "/api/v2/instance/"}) {
            var a = api.get(path, null);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.json().get("version").asText()).as(path).startsWith("4.3.0 (compatible; Kakehashi ");
            assertThat(a.json().get("title").asText()).isEqualTo("Basics IT");
        }
        var v1 = api.get("/api/v1/instance", null).json();
        assertThat(v1.get("uri").asText()).isEqualTo(server.baseUrl().replace("http://", ""));
        assertThat(v1.get("urls").get("streaming_api").asText()).startsWith("ws://127.0.0.1:");
        assertThat(v1.get("configuration").get("statuses").get("max_characters").asInt())
                .isEqualTo(5000);
        assertThat(v1.get("contact_account").get("username").asText()).isEqualTo("owner");
        assertThat(v1.get("registrations").asBoolean()).isFalse();
        var v2 = api.get("/api/v2/instance", null).json();
        assertThat(v2.get("api_versions").get("mastodon").asInt()).isEqualTo(1);
        assertThat(v2.get("configuration").get("urls").get("streaming").asText())
                .startsWith("ws://127.0.0.1:");
        assertThat(v2.get("configuration")
                        .get("statuses")
                        .get("max_media_attachments")
                        .asInt())
                .isEqualTo(4);
        assertThat(v2.get("configuration")
                        .get("media_attachments")
                        .get("image_size_limit")
                        .asLong())
                .isEqualTo(10L * 1024 * 1024);
        // The profile fields update_credentials takes, so apps show their editors.
        var accounts = v2.get("configuration").get("accounts");
        assertThat(accounts.get("max_profile_fields").asInt()).isEqualTo(4);
        assertThat(accounts.get("profile_field_name_limit").asInt()).isEqualTo(255);
        assertThat(accounts.get("profile_field_value_limit").asInt()).isEqualTo(255);
        assertThat(v2.get("registrations").get("enabled").asBoolean()).isFalse();
        assertThat(v2.get("contact").get("account").get("acct").asText()).isEqualTo("owner");
        assertThat(v2.get("rules").isArray()).isTrue();
    }

    @Test
    void aPreflightNeedsNoTokenAndAnswersWithTheCorsHeaders() {
        var pre = api.send(api.request("/api/v1/statuses", null)
                .header("Origin", "https://phanpy.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(pre.status()).isBetween(200, 204);
        assertThat(pre.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(pre.header("Access-Control-Allow-Methods")).contains("POST", "PATCH", "DELETE");
        assertThat(pre.header("Access-Control-Allow-Headers")).contains("authorization");
        var get = api.send(api.request("/api/v1/instance", null)
                .header("Origin", "https://elk.example")
                .GET());
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(get.header("Access-Control-Expose-Headers")).contains("Link", "X-RateLimit-Remaining");
        assertThat(get.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void everyApiAnswerCarriesRateLimitHeadersThatCountDown() {
        var first = api.get("/api/v1/preferences", token);
        var second = api.get("/api/v1/preferences", token);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("300");
        assertThat(Integer.parseInt(second.header("X-RateLimit-Remaining")))
                .isEqualTo(Integer.parseInt(first.header("X-RateLimit-Remaining")) - 1);
        assertThat(first.header("X-RateLimit-Reset")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void pastThreeHundredRequestsATokenGets429JsonWithTheHeaders() {
        var app = api.register("Busy app", "read", "urn:ietf:wg:oauth:2.0:oob");
        String busy = api.passwordToken(app, "owner", "owner-password-1", "read");
        MastodonApi.Answer last = null;
        for (int i = 0; i < 301; i++) {
            last = api.get("/api/v1/preferences", busy);
            if (last.status() != 200) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("error").asText()).isEqualTo("Too many requests");
        assertThat(last.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(last.header("X-RateLimit-Reset")).isNotBlank();
        assertThat(api.get("/api/v1/preferences", token).status()).isEqualTo(200);
    }

    @Test
    void unknownApiPathsAndThePushSubscriptionAre404Json() {
        var unknown = api.get("/api/v1/nothing-here", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        assertThat(unknown.json().get("error").asText()).isEqualTo("Record not found");
        var push = api.get("/api/v1/push/subscription", token);
        assertThat(push.status()).isEqualTo(404);
        assertThat(push.json().get("error").asText()).isEqualTo("Record not found");
        var html = api.send(api.request("/api/v1/nothing-here", null)
                .header("Accept", "text/html")
                .GET());
        assertThat(html.contentType()).startsWith("application/json");
    }

    @Test
    void aMethodARouteDoesNotTakeIsJsonAndKeepsTheAllowHeader() {
        var patch = api.method("PATCH", "/api/v1/timelines/home", token, "application/json", "{}");
        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.contentType()).startsWith("application/json");
        assertThat(patch.json().get("error").asText()).contains("PATCH");
        assertThat(patch.header("Allow")).contains("GET");
    }

    @Test
    void theInstancesSmallerDocumentsAndTheDiscoveryListsAnswerJson() {
        var about = api.get("/api/v1/instance/extended_description", null);
        assertThat(about.status()).isEqualTo(200);
        assertThat(about.json().get("content").isTextual()).isTrue();
        assertThat(about.json().get("updated_at").asText()).endsWith("Z");
        assertThat(api.get("/api/v1/instance/privacy_policy", null).json().has("content"))
                .isTrue();
        var languages = api.get("/api/v1/instance/languages", null);
        assertThat(languages.json().get(0).get("code").asText()).isNotBlank();
        assertThat(languages.json().get(0).get("name").asText()).isNotBlank();
        for (String path : new String[] {
            "/api/v1/instance/peers",
            "/api/v1/instance/activity",
            "/api/v1/suggestions",
            "/api/v2/suggestions",
            "/api/v1/endorsements",
            "/api/v1/featured_tags",
            "/api/v1/directory",
            "/api/v1/timelines/link?url=https%3A%2F%2Fexample.com%2F"
        }) {
            var a = api.get(path, token);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.json().isArray()).as(path).isTrue();
            assertThat(a.json()).as(path).isEmpty();
        }
        String owner = api.get("/api/v1/accounts/verify_credentials", token)
                .json()
                .get("id")
                .asText();
        var featured = api.get("/api/v1/accounts/" + owner + "/featured_tags", null);
        assertThat(featured.status()).isEqualTo(200);
        assertThat(featured.json().isArray()).isTrue();
        assertThat(featured.json()).isEmpty();
        var nobody = api.get("/api/v1/accounts/987654321/featured_tags", null);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.json().get("error").asText()).isEqualTo("Record not found");
        var terms = api.get("/api/v1/instance/terms_of_service", null);
        assertThat(terms.status()).isEqualTo(404);
        assertThat(terms.json().get("error").asText()).isEqualTo("Record not found");
    }

    @Test
    void preferencesAnswerTheBlogsDefaults() {
        var p = api.get("/api/v1/preferences", token);
        assertThat(p.json().get("posting:default:visibility").asText()).isEqualTo("public");
        assertThat(p.json().has("posting:default:language")).isTrue();
    }

    @Test
    void markersAreSavedFromAFormAndReadBackAndNotificationsIsAlwaysThere() {
        var empty = api.get("/api/v1/markers?timeline%5B%5D=home&timeline%5B%5D=notifications", token);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("notifications").get("last_read_id").asText())
                .isEqualTo("0");
        var saved = api.postForm("/api/v1/markers", token, Map.of("home[last_read_id]", "123456789"));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.json().get("home").get("version").asInt()).isEqualTo(1);
        api.postJson("/api/v1/markers", token, Map.of("home", Map.of("last_read_id", "123456790")));
        var read = api.get("/api/v1/markers?timeline%5B%5D=home", token);
        assertThat(read.json().get("home").get("last_read_id").asText()).isEqualTo("123456790");
        assertThat(read.json().get("home").get("version").asInt()).isEqualTo(2);
        var bad = api.postForm("/api/v1/markers", token, Map.of("home[last_read_id]", "'; drop table marker"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("error").asText()).startsWith("Validation failed:");
        assertThat(api.get("/api/v1/markers?timeline%5B%5D=home", token)
                        .json()
                        .get("home")
                        .get("last_read_id")
                        .asText())
                .isEqualTo("123456790");
    }

    @Test
    void updateCredentialsChangesTheProfileTheBlogShowsAndRefusesATooLongName() {
        var changed = api.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/x-www-form-urlencoded",
                "display_name=Owner+from+an+app&note=Line+one%0ALine+%3Ctwo%3E");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("display_name").asText()).isEqualTo("Owner from an app");
        assertThat(changed.json().get("note").asText()).isEqualTo("<p>Line one<br>Line &lt;two&gt;</p>");
        assertThat(changed.json().get("source").get("note").asText()).isEqualTo("Line one\nLine <two>");
        assertThat(new WebClient(server).get("/@owner").body()).contains("Owner from an app");
        var tooLong = api.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/json",
                "{\"display_name\":\"" + "x".repeat(101) + "\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/accounts/verify_credentials", token)
                        .json()
                        .get("display_name")
                        .asText())
                .isEqualTo("Owner from an app");
    }
}
