package dev.kakehashi.it;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2 of the Mastodon API as an app and a browser see it: registration, the consent pages
 * (login, Authorize, Deny, out-of-band code), PKCE, the token endpoint's grants and its refusals,
 * revocation, and the admin's Apps page.
 */
class MastodonOAuthIT {
    static final String CALLBACK = "https://app.example/callback";
    static KakehashiServer server;
    static WebClient owner;
    static MastodonApi api;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("OAuth IT", "owner", "owner-password-1");
        api = new MastodonApi(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String authorizeUrl(MastodonApi.App app, String redirect, String scope, String extra) {
        return "/oauth/authorize?response_type=code&client_id=" + MastodonApi.enc(app.clientId()) + "&redirect_uri="
                + MastodonApi.enc(redirect) + "&scope=" + MastodonApi.enc(scope) + extra;
    }

    /** Opens the consent page as the signed-in owner and presses a button; answers the redirect. */
    static WebClient.Page decide(WebClient browser, String url, String decision) {
        WebClient.Page consent = browser.get(url);
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        consent.html()
                .select("form[action=\"/oauth/authorize\"] input[type=hidden]")
                .forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("decision", decision);
        return browser.postForm("/oauth/authorize", fields);
    }

    static Map<String, String> query(String location) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = URI.create(location).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    static MastodonApi.Answer exchange(MastodonApi.App app, String code, String redirect, String verifier) {
        Map<String, String> f = new LinkedHashMap<>(form(
                "grant_type",
                "authorization_code",
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret(),
                "code",
                code,
                "redirect_uri",
                redirect));
        if (verifier != null) {
            f.put("code_verifier", verifier);
        }
        return api.postForm("/oauth/token", null, f);
    }

    @Test
    void registersAnAppFromJsonFormAndMultipartWithRedirectUrisAsStringOrArray() {
        var json = api.postJson(
                "/api/v1/apps",
                null,
                Map.of(
                        "client_name",
                        "Json app",
                        "redirect_uris",
                        List.of(CALLBACK, "myapp://cb"),
                        "scopes",
                        "read write"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("name").asText()).isEqualTo("Json app");
        assertThat(json.json().get("redirect_uri").asText()).isEqualTo(CALLBACK + "\nmyapp://cb");
        assertThat(json.json().get("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(json.json().get("client_secret").asText()).hasSizeGreaterThan(30);

        var formed = api.postForm(
                "/api/v1/apps",
                null,
                form("client_name", "Form app", "redirect_uris", CALLBACK + "\nurn:ietf:wg:oauth:2.0:oob"));
        assertThat(formed.status()).isEqualTo(200);
        assertThat(formed.json().get("redirect_uris").size()).isEqualTo(2);
        assertThat(formed.json().get("scopes").toString()).isEqualTo("[\"read\"]");

        var multipart = new WebClient(server)
                .postMultipart(
                        "/api/v1/apps",
                        Map.of(
                                "client_name",
                                "Multipart app",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                "read"));
        assertThat(multipart.status()).isEqualTo(200);
        assertThat(multipart.body()).contains("\"name\":\"Multipart app\"");
    }

    @Test
    void aJavascriptOrMissingRedirectUriOrUnknownScopeIs422InMastodonsWords() {
        var js = api.postJson(
                "/api/v1/apps", null, Map.of("client_name", "Evil", "redirect_uris", "javascript:alert(1)"));
        assertThat(js.status()).isEqualTo(422);
        assertThat(js.contentType()).startsWith("application/json");
        assertThat(js.json().get("error").asText())
                .isEqualTo("Validation failed: Redirect URI must be an absolute URI.");
        assertThat(api.postJson("/api/v1/apps", null, Map.of("client_name", "No uri"))
                        .status())
                .isEqualTo(422);
        var scope = api.postJson(
                "/api/v1/apps",
                null,
                Map.of("client_name", "Greedy", "redirect_uris", CALLBACK, "scopes", "read admin:everything"));
        assertThat(scope.status()).isEqualTo(422);
        assertThat(scope.json().get("error").asText()).startsWith("Validation failed:");
        assertThat(api.method("POST", "/api/v1/apps", null, "application/json", "{not json")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aVisitorIsSentToTheLoginFormAndBackToTheConsentPageThenTheAppGetsCodeAndState() {
        var app = api.register("Consent app", "read write follow", CALLBACK);
        WebClient browser = new WebClient(server);
        String url = authorizeUrl(app, CALLBACK, "read write", "&state=xyz%7B1%7D")
                .replace("/oauth/authorize?", "/oauth/authorize/?");
        var first = browser.get(url);
        assertThat(first.status()).isEqualTo(303);
        String login = first.header("Location");
        assertThat(login).contains("/login?next=");
        String next = query(login).get("next");
        assertThat(next).startsWith("/oauth/authorize");

        var loggedIn = browser.postLogin(form("username", "owner", "password", "owner-password-1", "next", next));
        assertThat(loggedIn.status()).isEqualTo(303);
        String back = loggedIn.header("Location");
        var consent = browser.get(back);
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.html().select("#app-name").text()).as(consent.body()).isEqualTo("Consent app");
        assertThat(consent.html().select("#scopes code").eachText()).containsExactly("read", "write");
        assertThat(consent.html().select("button[value=authorize]").text()).isEqualTo("Authorize");
        assertThat(consent.html().select("button[value=deny]").text()).isEqualTo("Deny");

        var decided = decide(browser, back, "authorize");
        assertThat(decided.status()).isEqualTo(302);
        String location = decided.header("Location");
        assertThat(location).startsWith(CALLBACK + "?");
        assertThat(query(location).get("state")).isEqualTo("xyz{1}");
        String code = query(location).get("code");

        var token = exchange(app, code, CALLBACK, null);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("scope").asText()).isEqualTo("read write");
        String access = token.json().get("access_token").asText();
        var me = api.get("/api/v1/accounts/verify_credentials", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("owner");
        assertThat(me.json().get("acct").asText()).isEqualTo("owner");
        assertThat(me.json().get("source").get("privacy").asText()).isEqualTo("public");
        assertThat(me.json().get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00\\.000Z");

        var again = exchange(app, code, CALLBACK, null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeSentWithAnotherRedirectUriIsInvalidGrantAndUsedUp() {
        var app = api.register("Redirect app", "read", CALLBACK + "\nhttps://app.example/other");
        String code = query(decide(owner, authorizeUrl(app, CALLBACK, "read", ""), "authorize")
                        .header("Location"))
                .get("code");
        var wrong = exchange(app, code, "https://app.example/other", null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(exchange(app, code, CALLBACK, null).json().get("error").asText())
                .isEqualTo("invalid_grant");
    }

    @Test
    void anUnregisteredRedirectUriOrUnknownAppGetsAnErrorPageNotARedirect() {
        var app = api.register("Strict app", "read", CALLBACK);
        var page = owner.get(authorizeUrl(app, "https://evil.example/steal", "read", ""));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.html().select("[role=alert]").text()).contains("redirect URI");
        var unknown = owner.get(
                "/oauth/authorize?response_type=code&client_id=nope&redirect_uri=" + MastodonApi.enc(CALLBACK));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Location")).isNull();
    }

    @Test
    void denyingSendsAccessDeniedAndNoCode() {
        var app = api.register("Denied app", "read", CALLBACK);
        var denied = decide(owner, authorizeUrl(app, CALLBACK, "read", "&state=s1"), "deny");
        assertThat(denied.status()).isEqualTo(302);
        assertThat(query(denied.header("Location")))
                .containsEntry("error", "access_denied")
                .containsEntry("state", "s1")
                .doesNotContainKey("code");
    }

    @Test
    void theConsentFormWithoutItsCsrfTokenIsRefusedAndIssuesNoCode() {
        var app = api.register("Csrf app", "read", CALLBACK);
        var refused = owner.postForm(
                "/oauth/authorize",
                form("client_id", app.clientId(), "redirect_uri", CALLBACK, "scope", "read", "decision", "authorize"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Location")).isNull();
    }

    @Test
    void theOutOfBandRedirectShowsTheCodeOnANativePage() {
        var app = api.register("Oob app", "read", "urn:ietf:wg:oauth:2.0:oob");
        var decided = decide(owner, authorizeUrl(app, "urn:ietf:wg:oauth:2.0:oob", "read", ""), "authorize");
        assertThat(decided.status()).isEqualTo(303);
        assertThat(decided.header("Location")).contains("/oauth/authorize/native?code=");
        var page = owner.get(decided.header("Location"));
        String code = page.html().select("#code").val();
        assertThat(code).isEqualTo(query(decided.header("Location")).get("code"));
        assertThat(exchange(app, code, "urn:ietf:wg:oauth:2.0:oob", null).status())
                .isEqualTo(200);
    }

    @Test
    void pkceS256NeedsTheRightVerifier() throws Exception {
        var app = api.register("Pkce app", "read", CALLBACK);
        String verifier = "a-verifier-that-is-long-enough-for-rfc-7636-0123456789";
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String pkce = "&code_challenge=" + challenge + "&code_challenge_method=S256";
        String code = query(decide(owner, authorizeUrl(app, CALLBACK, "read", pkce), "authorize")
                        .header("Location"))
                .get("code");
        assertThat(exchange(app, code, CALLBACK, null).json().get("error").asText())
                .isEqualTo("invalid_grant");
        String code2 = query(decide(owner, authorizeUrl(app, CALLBACK, "read", pkce), "authorize")
                        .header("Location"))
                .get("code");
        assertThat(exchange(app, code2, CALLBACK, verifier.replace('a', 'b')).status())
                .isEqualTo(400);
        String code3 = query(decide(owner, authorizeUrl(app, CALLBACK, "read", pkce), "authorize")
                        .header("Location"))
                .get("code");
        assertThat(exchange(app, code3, CALLBACK, verifier).status()).isEqualTo(200);
    }

    @Test
    void forceLoginSignsTheSessionOutAndAsksForTheLoginAgain() {
        WebClient browser = new WebClient(server).logIn("owner", "owner-password-1");
        var app = api.register("Force app", "read", CALLBACK);
        var forced = browser.get(authorizeUrl(app, CALLBACK, "read", "&force_login=true"));
        assertThat(forced.status()).isEqualTo(303);
        assertThat(forced.header("Location")).contains("/login?next=");
        assertThat(query(forced.header("Location")).get("next")).doesNotContain("force_login");
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void clientCredentialsRefreshAndRevokeBehaveAsDoorkeeper() {
        var app = api.register("Grants app", "read write", CALLBACK);
        var appToken = api.postJson(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret()));
        assertThat(appToken.status()).isEqualTo(200);
        assertThat(appToken.json().get("scope").asText()).isEqualTo("read");
        String appOnly = appToken.json().get("access_token").asText();
        assertThat(api.get("/api/v1/apps/verify_credentials", appOnly)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Grants app");
        var noUser = api.get("/api/v1/accounts/verify_credentials", appOnly);
        assertThat(noUser.status()).isEqualTo(401);
        assertThat(noUser.json().get("error").asText()).isEqualTo("This method requires an authenticated user");
        for (String path : List.of("/api/v1/lists", "/api/v1/conversations", "/api/v1/followed_tags")) {
            var userOnly = api.get(path, appOnly);
            assertThat(userOnly.status()).as(path).isEqualTo(401);
            assertThat(userOnly.json().get("error").asText()).isEqualTo("This method requires an authenticated user");
        }

        String basic = Base64.getEncoder()
                .encodeToString((app.clientId() + ":" + app.clientSecret()).getBytes(StandardCharsets.UTF_8));
        var password = api.send(api.request("/oauth/token", null)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(MastodonApi.form(form(
                        "grant_type",
                        "password",
                        "username",
                        "owner@example.com",
                        "password",
                        "owner-password-1",
                        "scope",
                        "read write")))));
        assertThat(password.status()).isEqualTo(200);
        String access = password.json().get("access_token").asText();
        String refresh = password.json().get("refresh_token").asText();

        var refreshed = api.postForm(
                "/oauth/token",
                null,
                form(
                        "grant_type",
                        "refresh_token",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "refresh_token",
                        refresh));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("scope").asText()).isEqualTo("read write");
        String fresh = refreshed.json().get("access_token").asText();
        assertThat(api.get("/api/v1/accounts/verify_credentials", access).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/accounts/verify_credentials", fresh).status())
                .isEqualTo(200);

        var revoked = api.postForm(
                "/oauth/revoke",
                null,
                form("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", fresh));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.raw().body()).isEqualTo("{}");
        var after = api.get("/api/v1/accounts/verify_credentials", fresh);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/json");
        assertThat(after.json().get("error").asText()).isEqualTo("The access token is invalid");
    }

    @Test
    void aWrongClientSecretIsInvalidClientAndAWrongPasswordInvalidGrant() {
        var app = api.register("Secret app", "read", CALLBACK);
        var badClient = api.postForm(
                "/oauth/token",
                null,
                form("grant_type", "client_credentials", "client_id", app.clientId(), "client_secret", "wrong"));
        assertThat(badClient.status()).isEqualTo(401);
        assertThat(badClient.json().get("error").asText()).isEqualTo("invalid_client");
        var badPassword = api.postForm(
                "/oauth/token",
                null,
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "username",
                        "owner",
                        "password",
                        "not-it"));
        assertThat(badPassword.status()).isEqualTo(400);
        assertThat(badPassword.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(badPassword.json().get("error_description").asText()).isNotBlank();
        var unknownGrant = api.postForm(
                "/oauth/token",
                null,
                form("grant_type", "magic", "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertThat(unknownGrant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void passwordGrantGuessesShareTheLoginFormsLimit() {
        AdminPages.addAuthor(owner, "guessed", "author", "guessed-password-1");
        var app = api.register("Guessing app", "read", CALLBACK);
        for (int i = 1; i <= 5; i++) {
            var wrong = api.postForm(
                    "/oauth/token",
                    null,
                    form(
                            "grant_type",
                            "password",
                            "client_id",
                            app.clientId(),
                            "client_secret",
                            app.clientSecret(),
                            "username",
                            "guessed",
                            "password",
                            "guess-" + i));
            assertThat(wrong.status()).as("guess " + i).isEqualTo(400);
        }
        var sixth = api.postForm(
                "/oauth/token",
                null,
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "username",
                        "guessed",
                        "password",
                        "guessed-password-1"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("error").asText()).isEqualTo("Too many requests");
        var form = new WebClient(server).postLogin(form("username", "guessed", "password", "guessed-password-1"));
        assertThat(form.status()).isEqualTo(429);
    }

    @Test
    void aTokenWithoutTheScopeIs403AndGarbageTokensAre401() {
        var app = api.register("Reader app", "read", CALLBACK);
        String token = api.passwordToken(app, "owner", "owner-password-1", "read");
        var patch = api.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/json",
                "{\"display_name\":\"Changed\"}");
        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.json().get("error").asText()).isEqualTo("This action is outside the authorized scopes");
        assertThat(api.get("/api/v1/accounts/verify_credentials", token)
                        .json()
                        .get("display_name")
                        .asText())
                .isNotEqualTo("Changed");
        var garbage = api.get("/api/v1/accounts/verify_credentials", "not-a-token");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.json().get("error").asText()).isEqualTo("The access token is invalid");
        assertThat(api.get("/api/v1/accounts/verify_credentials", null).status())
                .isEqualTo(401);
    }

    @Test
    void theAppsPageListsTheAuthorizedAppAndRevokeSignsItOut() {
        var app = api.register("Listed app", "read write", CALLBACK);
        String token = api.passwordToken(app, "owner", "owner-password-1", "read write");
        assertThat(api.get("/api/v1/preferences", token).status()).isEqualTo(200);
        var page = owner.get("/admin/apps");
        assertThat(page.status()).isEqualTo(200);
        var row = page.html()
                .select("#apps tr:has(.app-name:containsOwn(Listed app))")
                .first();
        assertThat(row).isNotNull();
        assertThat(row.select(".app-scopes").text()).isEqualTo("read write");
        assertThat(page.html().select("nav a[href=/admin/apps]").text()).isEqualTo("Apps");
        String action = row.select("form").attr("action");
        var noCsrf = owner.postForm(action, Map.of());
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/preferences", token).status()).isEqualTo(200);
        var revoked = owner.postForm(action, form("_csrf", page.csrf()));
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(api.get("/api/v1/preferences", token).status()).isEqualTo(401);
        assertThat(owner.get("/admin/apps").html().select(".app-name").eachText())
                .doesNotContain("Listed app");
    }

    @Test
    void theAuthorizationServerMetadataAdvertisesS256AndAbsoluteEndpoints() {
        var meta = api.get("/.well-known/oauth-authorization-server", null);
        assertThat(meta.status()).isEqualTo(200);
        assertThat(meta.json().get("code_challenge_methods_supported").toString())
                .contains("S256");
        assertThat(meta.json().get("token_endpoint").asText()).isEqualTo(server.url("/oauth/token"));
        assertThat(meta.json().get("authorization_endpoint").asText()).isEqualTo(server.url("/oauth/authorize"));
        assertThat(meta.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void userinfoNamesTheAuthorForAProfileToken() {
        var app = api.register("Profile app", "profile read", CALLBACK);
        String token = api.passwordToken(app, "owner", "owner-password-1", "profile");
        var info = api.get("/oauth/userinfo", token);
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("preferred_username").asText()).isEqualTo("owner");
        assertThat(api.get("/api/v1/accounts/verify_credentials", token).status())
                .isEqualTo(200);
    }
}
