package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.ApiRoutes;
import dev.kakehashi.it.ApiRoutes.Route;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MastodonApi.Answer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.oauth.OAuthScopes;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every route the app registers under {@code /api/} and {@code /oauth/} (read from Jersey's
 * resource model, so a new resource is swept without being listed here) answers a refused request
 * as Mastodon does (issue 14, INTEROP B0.1-B0.3, B0.5): no token or a foreign or revoked one is 401,
 * a token without the scope 403, an unknown id 404 {@code Record not found}, a malformed body 400
 * or 422, and every body is read in the three encodings apps send (JSON, form, multipart: B0.4);
 * always JSON even to a browser asking for HTML, never a 500, and nothing is stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MastodonErrorSweepIT {
    /** The routes anyone may write to: registering an app and the OAuth exchange. */
    private static final Set<String> PUBLIC_WRITES =
            Set.of("/api/v1/apps", "/oauth/token", "/oauth/revoke", "/oauth/authorize");
    /** The browser's consent pages: HTML is their answer. */
    private static final String BROWSER_PAGES = "/oauth/authorize";

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final String REFUSED_BODY =
            "{\"status\":\"refused by the sweep\",\"title\":\"refused\",\"phrase\":\"refused\",\"context\":[\"home\"]}";
    private static final List<String> UNKNOWN_IDS = List.of("987654321987", "not-an-id", "99999999999999999999999");

    static KakehashiServer server;
    static MastodonApi api;
    static List<Route> routes;
    static String full;
    static String revoked;
    static Map<String, String> narrow;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh().with("api.rate.limit", "100000").start();
        new WebClient(server).setUpAndLogIn("Sweep IT", "owner", "owner-password-1");
        api = new MastodonApi(server);
        var app = api.register("Sweep app", "read write follow push profile", "urn:ietf:wg:oauth:2.0:oob");
        full = api.passwordToken(app, "owner", "owner-password-1", "read write follow push profile");
        revoked = api.passwordToken(app, "owner", "owner-password-1", "read write follow push profile");
        var revoke = api.postForm(
                "/oauth/revoke",
                null,
                Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", revoked));
        assertThat(revoke.status()).isEqualTo(200);
        narrow = new java.util.LinkedHashMap<>();
        for (String scope : List.of("read", "write", "push", "profile")) {
            narrow.put(scope, api.passwordToken(app, "owner", "owner-password-1", scope));
        }
        routes = ApiRoutes.under("/api/", "/oauth/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void theSweepSeesEveryResourceAndEveryWriteNeedsAToken() {
        assertThat(routes.size()).isGreaterThan(100);
        assertThat(routes.stream().map(Route::toString))
                .contains("POST /api/v1/statuses", "GET /api/v2/instance", "POST /oauth/token");
        assertThat(routes.stream()
                        .filter(r -> !r.method().equals("GET") && r.isPublic())
                        .filter(r -> !PUBLIC_WRITES.contains(r.template()))
                        .map(Route::toString))
                .as("writes anyone may call")
                .isEmpty();
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> withoutATokenAScopedRouteIs401AndAPublicOneIsNeverAnError() {
        return sweep("without a token", r -> {
            Answer a = call(r, r.with("987654321987"), null, "application/json", REFUSED_BODY);
            if (r.isPublic()) {
                assertThat(a.status()).as(describe(a)).isLessThan(500);
                assertJsonUnlessBrowserPage(r, a);
            } else {
                assertError(a, 401, "The access token is invalid");
            }
        });
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> aRevokedOrForeignTokenIs401() {
        return sweep("with a revoked or foreign token", r -> {
            if (r.isPublic()) {
                return;
            }
            for (String token : List.of(revoked, "made-up-token-of-another-server")) {
                assertError(
                        call(r, r.with("987654321987"), token, "application/json", REFUSED_BODY),
                        401,
                        "The access token is invalid");
            }
        });
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> aTokenWithoutTheScopeIs403() {
        return sweep("with a token lacking the scope", r -> {
            if (r.isPublic()) {
                return;
            }
            String lacking = narrow.entrySet().stream()
                    .filter(e -> r.scopes().stream().noneMatch(s -> OAuthScopes.covers(Set.of(e.getKey()), s)))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow();
            assertError(
                    call(r, r.with("987654321987"), lacking, "application/json", REFUSED_BODY),
                    403,
                    "This action is outside the authorized scopes");
        });
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> anUnknownIdIs404RecordNotFound() {
        return sweep("with an unknown id", r -> {
            if (!r.namesRecord()) {
                return;
            }
            for (String id : UNKNOWN_IDS) {
                assertError(call(r, r.with(id), full, "application/json", "{}"), 404, "Record not found");
            }
        });
    }

    @TestFactory
    @Order(6)
    Stream<DynamicTest> aMalformedBodyIs400Or422InEveryEncoding() {
        return sweep("with a malformed body", r -> {
            if (!r.readsBody() || r.template().startsWith(BROWSER_PAGES)) {
                return;
            }
            String path = r.with("987654321987");
            List<String[]> bodies = List.of(
                    new String[] {"application/json", "{\"status\": \"cut off"},
                    new String[] {"application/json", "[1, 2, 3]"},
                    new String[] {"application/x-www-form-urlencoded", "status=%zz&media_ids%5B%5D=%"},
                    new String[] {"multipart/form-data; boundary=sweep", "--sweep\r\nContent-Disposition: form-da"});
            for (String[] body : bodies) {
                Answer a = call(r, path, full, body[0], body[1]);
                assertThat(a.status())
                        .as(body[0] + " " + describe(a))
                        .isIn(r.namesRecord() ? List.of(400, 404, 422) : List.of(400, 422));
                assertThat(a.contentType()).as(describe(a)).startsWith("application/json");
                assertThat(a.json().get("error").asText()).as(describe(a)).isNotBlank();
            }
        });
    }

    @TestFactory
    @Order(7)
    Stream<DynamicTest> everyBodyIsTakenAsJsonFormOrMultipart() {
        return sweep("in each encoding", r -> {
            if (!r.readsBody() || r.template().startsWith(BROWSER_PAGES)) {
                return;
            }
            List<String[]> bodies = List.of(
                    new String[] {"application/json", "{\"sweep\":\"1\"}"},
                    new String[] {"application/x-www-form-urlencoded", "sweep=1"},
                    new String[] {
                        "multipart/form-data; boundary=sweep",
                        "--sweep\r\nContent-Disposition: form-data; name=\"sweep\"\r\n\r\n1\r\n--sweep--\r\n"
                    });
            for (String[] body : bodies) {
                Answer a = call(r, r.with("987654321987"), full, body[0], body[1]);
                assertThat(a.status())
                        .as(body[0] + " " + describe(a))
                        .isNotEqualTo(415)
                        .isLessThan(500);
                assertThat(a.contentType()).as(describe(a)).startsWith("application/json");
            }
        });
    }

    @TestFactory
    @Order(8)
    Stream<DynamicTest> aTrailingSlashReachesTheSameRoute() {
        return sweep("with a trailing slash", r -> {
            if (!r.method().equals("GET") || !r.params().isEmpty()) {
                return;
            }
            Answer plain = call(r, r.template(), full, null, null);
            Answer slashed = call(r, r.template() + "/", full, null, null);
            assertThat(slashed.status()).as(describe(slashed)).isEqualTo(plain.status());
            assertThat(slashed.contentType()).as(describe(slashed)).isEqualTo(plain.contentType());
        });
    }

    @TestFactory
    @Order(9)
    Stream<DynamicTest> aBrowsersPreflightNeedsNoToken() {
        return sweep("preflight", r -> {
            if (r.template().startsWith(BROWSER_PAGES)) {
                return; // a page the browser opens, never fetched by a script (Mastodon's CORS leaves it out)
            }
            Answer a = api.send(api.request(r.with("987654321987"), null)
                    .header("Origin", "https://phanpy.example")
                    .header("Access-Control-Request-Method", r.method())
                    .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(a.status()).as(describe(a)).isBetween(200, 204);
            assertThat(a.header("Access-Control-Allow-Origin")).as(describe(a)).isEqualTo("*");
            assertThat(a.header("Access-Control-Allow-Methods")).as(describe(a)).contains(r.method());
        });
    }

    @Test
    @Order(10)
    void noRefusedRequestStoredAnything() {
        var me = api.get("/api/v1/accounts/verify_credentials", full).json();
        assertThat(me.get("statuses_count").asInt()).isZero();
        for (String list : List.of(
                "/api/v1/lists",
                "/api/v2/filters",
                "/api/v1/scheduled_statuses",
                "/api/v1/domain_blocks",
                "/api/v1/followed_tags",
                "/api/v1/timelines/home")) {
            assertThat(api.get(list, full).json()).as(list).isEmpty();
        }
        assertThat(new WebClient(server).get("/").body()).doesNotContain("refused by the sweep");
    }

    private static Stream<DynamicTest> sweep(String what, RouteCheck check) {
        return routes.stream().map(r -> DynamicTest.dynamicTest(r + " " + what, () -> check.run(r)));
    }

    private interface RouteCheck {
        void run(Route route) throws Exception;
    }

    private static Answer call(Route r, String path, String token, String contentType, String body) {
        boolean sendsBody = !r.method().equals("GET") && !r.method().equals("DELETE") || r.readsBody();
        HttpRequest.Builder request = api.request(path, token).header("Accept", BROWSER_ACCEPT);
        if (sendsBody && contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request.method(
                r.method(),
                sendsBody && body != null
                        ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertError(Answer a, int status, String message) {
        assertThat(a.status()).as(describe(a)).isEqualTo(status);
        assertThat(a.contentType()).as(describe(a)).startsWith("application/json");
        assertThat(a.json().get("error").asText()).as(describe(a)).isEqualTo(message);
    }

    private static void assertJsonUnlessBrowserPage(Route r, Answer a) {
        if (!r.template().startsWith(BROWSER_PAGES)) {
            assertThat(a.contentType()).as(describe(a)).startsWith("application/json");
        }
    }

    private static String describe(Answer a) {
        String body = a.raw().body();
        return a.raw().request().method() + " " + a.raw().uri().getRawPath() + " -> " + a.status() + " "
                + a.contentType() + " " + body.substring(0, Math.min(200, body.length()));
    }
}
