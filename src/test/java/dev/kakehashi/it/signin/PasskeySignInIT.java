package dev.kakehashi.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Sign in with a passkey" from the login page, as a script that is not a browser sees it: a
 * challenge only with the login form's token, each challenge answerable once, and a forged or
 * unknown passkey answered with a JSON error and no session. (The happy path, with a real
 * authenticator, is in {@link TwoFactorBrowserIT}.)
 */
class PasskeySignInIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static KakehashiServer server;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        new WebClient(server).setUpAndLogIn("Passkey IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aChallengeNeedsTheLoginFormsTokenAndListsNoCredentials() throws Exception {
        WebClient stranger = new WebClient(server);
        var refused = post(stranger, "/login/passkey/options", "forged", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("Reload");

        String token = stranger.get("/login").csrf();
        var options = post(stranger, "/login/passkey/options", token, "{}");
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        JsonNode o = JSON.readTree(options.body());
        assertThat(Base64.getUrlDecoder().decode(o.get("challenge").asText())).hasSize(32);
        assertThat(o.get("rpId").asText()).isEqualTo("127.0.0.1");
        assertThat(o.get("allow")).isEmpty();
    }

    @Test
    void anUnknownPasskeyIsRefusedAndItsChallengeCannotBeAnsweredAgain() throws Exception {
        WebClient stranger = new WebClient(server);
        String token = stranger.get("/login").csrf();
        String challenge = JSON.readTree(
                        post(stranger, "/login/passkey/options", token, "{}").body())
                .get("challenge")
                .asText();
        String answer = answer(challenge);

        var unknown = post(stranger, "/login/passkey?next=/admin", token, answer);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(401);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("not registered");
        var again = post(stranger, "/login/passkey?next=/admin", token, answer);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("error").asText()).contains("expired");
        assertThat(stranger.get("/admin").status()).as("no session").isEqualTo(303);
    }

    @Test
    void garbageAnswersGetAClearErrorNeverA5xx() throws Exception {
        WebClient stranger = new WebClient(server);
        String token = stranger.get("/login").csrf();
        for (String body : new String[] {
            "{}", "null", "{\"clientDataJson\":\"%%%\"}", "{\"clientDataJson\":\"" + b64("not json") + "\"}", "[1,2"
        }) {
            var page = post(stranger, "/login/passkey", token, body);
            assertThat(page.status()).as(body + ": " + page.body()).isBetween(400, 499);
        }
        assertThat(stranger.get("/admin").status()).isEqualTo(303);
    }

    /** A made-up assertion over {@code challenge}: right challenge and origin, a passkey nobody registered. */
    private static String answer(String challenge) throws Exception {
        String clientData = JSON.writeValueAsString(
                java.util.Map.of("type", "webauthn.get", "challenge", challenge, "origin", server.baseUrl()));
        return JSON.writeValueAsString(java.util.Map.of(
                "credentialId", b64("no such credential"),
                "clientDataJson", b64(clientData),
                "authenticatorData", b64("x".repeat(37)),
                "signature", b64("not a signature")));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static WebClient.Page post(WebClient client, String path, String csrf, String json) {
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
