package dev.kakehashi.it.mastodon;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Mastodon API's token endpoint as an app sees it: its grants and refusals, scopes, revocation,
 * the admin's Apps page, the server metadata and userinfo.
 */
class MastodonOAuthTokenIT extends MastodonOAuthFixture {
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
        var badPassword = api.passwordGrant(app, "owner", "not-it", null);
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
            var wrong = api.passwordGrant(app, "guessed", "guess-" + i, null);
            assertThat(wrong.status()).as("guess " + i).isEqualTo(400);
        }
        var sixth = api.passwordGrant(app, "guessed", "guessed-password-1", null);
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
