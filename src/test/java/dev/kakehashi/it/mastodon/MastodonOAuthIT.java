package dev.kakehashi.it.mastodon;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2 of the Mastodon API as an app and a browser see it: registration, the consent pages
 * (login, Authorize, Deny, out-of-band code) and PKCE. The token endpoint is {@link
 * MastodonOAuthTokenIT}'s.
 */
class MastodonOAuthIT extends MastodonOAuthFixture {
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
        String url = MastodonApi.authorizeUrl(app, CALLBACK, "read write", "&state=xyz%7B1%7D")
                .replace("/oauth/authorize?", "/oauth/authorize/?");
        var first = browser.get(url);
        assertThat(first.status()).isEqualTo(303);
        String login = first.header("Location");
        assertThat(login).contains("/login?next=");
        String next = MastodonApi.query(login).get("next");
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

        var decided = MastodonApi.decide(browser, back, "authorize");
        assertThat(decided.status()).isEqualTo(302);
        String location = decided.header("Location");
        assertThat(location).startsWith(CALLBACK + "?");
        assertThat(MastodonApi.query(location).get("state")).isEqualTo("xyz{1}");
        String code = MastodonApi.query(location).get("code");

        var token = api.exchange(app, code, CALLBACK, null);
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

        var again = api.exchange(app, code, CALLBACK, null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeSentWithAnotherRedirectUriIsInvalidGrantAndUsedUp() {
        var app = api.register("Redirect app", "read", CALLBACK + "\nhttps://app.example/other");
        String code = MastodonApi.authorizedCode(owner, app, CALLBACK, "read", "");
        var wrong = api.exchange(app, code, "https://app.example/other", null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(api.exchange(app, code, CALLBACK, null).json().get("error").asText())
                .isEqualTo("invalid_grant");
    }

    @Test
    void anUnregisteredRedirectUriOrUnknownAppGetsAnErrorPageNotARedirect() {
        var app = api.register("Strict app", "read", CALLBACK);
        var page = owner.get(MastodonApi.authorizeUrl(app, "https://evil.example/steal", "read", ""));
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
        var denied = MastodonApi.decide(owner, MastodonApi.authorizeUrl(app, CALLBACK, "read", "&state=s1"), "deny");
        assertThat(denied.status()).isEqualTo(302);
        assertThat(MastodonApi.query(denied.header("Location")))
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
        var decided = MastodonApi.decide(
                owner, MastodonApi.authorizeUrl(app, "urn:ietf:wg:oauth:2.0:oob", "read", ""), "authorize");
        assertThat(decided.status()).isEqualTo(303);
        assertThat(decided.header("Location")).contains("/oauth/authorize/native?code=");
        var page = owner.get(decided.header("Location"));
        String code = page.html().select("#code").val();
        assertThat(code).isEqualTo(MastodonApi.query(decided.header("Location")).get("code"));
        assertThat(api.exchange(app, code, "urn:ietf:wg:oauth:2.0:oob", null).status())
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
        String code = MastodonApi.authorizedCode(owner, app, CALLBACK, "read", pkce);
        assertThat(api.exchange(app, code, CALLBACK, null).json().get("error").asText())
                .isEqualTo("invalid_grant");
        String code2 = MastodonApi.authorizedCode(owner, app, CALLBACK, "read", pkce);
        assertThat(api.exchange(app, code2, CALLBACK, verifier.replace('a', 'b'))
                        .status())
                .isEqualTo(400);
        String code3 = MastodonApi.authorizedCode(owner, app, CALLBACK, "read", pkce);
        assertThat(api.exchange(app, code3, CALLBACK, verifier).status()).isEqualTo(200);
    }

    @Test
    void forceLoginSignsTheSessionOutAndAsksForTheLoginAgain() {
        WebClient browser = new WebClient(server).logIn("owner", "owner-password-1");
        var app = api.register("Force app", "read", CALLBACK);
        var forced = browser.get(MastodonApi.authorizeUrl(app, CALLBACK, "read", "&force_login=true"));
        assertThat(forced.status()).isEqualTo(303);
        assertThat(forced.header("Location")).contains("/login?next=");
        assertThat(MastodonApi.query(forced.header("Location")).get("next")).doesNotContain("force_login");
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }
}
