package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in with an authenticator app or a recovery code after the password, as a browser sees it. */
class TwoFactorIT {
    static KakehashiServer server;
    static WebClient owner;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("2FA IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SecondFactor.Enrolled author(String name) {
        AdminPages.addAuthor(owner, name, "author", name + "-password-1");
        return SecondFactor.enrol(new WebClient(server).logIn(name, name + "-password-1"));
    }

    @Test
    void afterThePasswordA2faAccountIsAskedForACodeAndTheRightCodeSignsIn() {
        var enrolled = author("aiko");
        WebClient browser = new WebClient(server);
        var password = SecondFactor.password(browser, "aiko", "aiko-password-1");
        assertThat(password.status()).isEqualTo(303);
        assertThat(password.header("Location")).endsWith("/login/2fa?next=%2Fadmin%2Fposts");
        assertThat(browser.get("/login/2fa").html().select("label").text()).contains("authenticator app");

        var done = SecondFactor.code(browser, SecondFactor.nextCode(enrolled.secret()));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/admin/posts");
        assertThat(browser.get("/admin").status()).isEqualTo(200);
    }

    @Test
    void goingStraightToTheAdminAfterThePasswordStepIsSentBackToLogIn() {
        author("bunta");
        WebClient browser = new WebClient(server);
        SecondFactor.password(browser, "bunta", "bunta-password-1");
        var admin = browser.get("/admin");
        assertThat(admin.status()).isEqualTo(303);
        assertThat(admin.header("Location")).contains("/login?next=");
        assertThat(browser.get("/admin/profile/security").status()).isEqualTo(303);
        var post = browser.postForm("/admin/profile/security/sessions/others", form("_csrf", "x"));
        assertThat(post.status()).isEqualTo(401);
    }

    @Test
    void aWrongCodeIsRefusedAndSignsNobodyIn() {
        var enrolled = author("chie");
        WebClient browser = new WebClient(server);
        SecondFactor.password(browser, "chie", "chie-password-1");
        var wrong = SecondFactor.code(browser, SecondFactor.wrongCode(enrolled.secret()));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.html().select("[role=alert]").text()).contains("not right");
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void aCodeAlreadyUsedIsRefusedTheSecondTime() {
        var enrolled = author("daichi");
        String code = SecondFactor.nextCode(enrolled.secret());
        WebClient first = new WebClient(server);
        SecondFactor.password(first, "daichi", "daichi-password-1");
        assertThat(SecondFactor.code(first, code).status()).isEqualTo(303);

        WebClient replay = new WebClient(server);
        SecondFactor.password(replay, "daichi", "daichi-password-1");
        var again = SecondFactor.code(replay, code);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.html().select("[role=alert]").text()).contains("already used");
        assertThat(replay.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNeverAgain() {
        var enrolled = author("emi");
        String recovery = enrolled.recoveryCodes().get(3).toLowerCase();
        WebClient first = new WebClient(server);
        SecondFactor.password(first, "emi", "emi-password-1");
        assertThat(SecondFactor.code(first, recovery).status()).isEqualTo(303);
        assertThat(first.get("/admin").status()).isEqualTo(200);
        assertThat(first.get("/admin/profile/security")
                        .html()
                        .select("#totp-on")
                        .text())
                .contains("9 recovery codes left");

        WebClient second = new WebClient(server);
        SecondFactor.password(second, "emi", "emi-password-1");
        assertThat(SecondFactor.code(second, recovery).status()).isEqualTo(401);
        assertThat(SecondFactor.code(second, enrolled.recoveryCodes().get(4)).status())
                .isEqualTo(303);
    }

    @Test
    void afterFiveWrongCodesEvenTheRightCodeIsRefusedWith429() {
        var enrolled = author("fumi");
        WebClient attacker = new WebClient(server);
        SecondFactor.password(attacker, "fumi", "fumi-password-1");
        for (int i = 1; i <= 5; i++) {
            assertThat(SecondFactor.code(attacker, SecondFactor.wrongCode(enrolled.secret()))
                            .status())
                    .as("guess " + i)
                    .isEqualTo(401);
        }
        var right = SecondFactor.code(attacker, SecondFactor.nextCode(enrolled.secret()));
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.html().select("[role=alert]").text()).contains("Too many wrong codes");
        assertThat(attacker.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void theAppIsTurnedOffOnlyWithThePasswordOrACodeAndThenSigningInNeedsNoCode() {
        var enrolled = author("goro");
        WebClient me = new WebClient(server);
        SecondFactor.password(me, "goro", "goro-password-1");
        assertThat(SecondFactor.code(me, enrolled.recoveryCodes().get(0)).status())
                .isEqualTo(303);

        var page = me.get("/admin/profile/security");
        var refused = me.postForm(
                "/admin/profile/security/totp/disable", form("_csrf", page.csrf(), "confirm", "not-my-password"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#totp-on")).isNotEmpty();
        var off = me.postForm(
                "/admin/profile/security/totp/disable", form("_csrf", page.csrf(), "confirm", "goro-password-1"));
        assertThat(off.status()).isEqualTo(303);
        assertThat(me.get("/admin/profile/security").html().select("#totp-start"))
                .isNotEmpty();

        var again = SecondFactor.password(new WebClient(server), "goro", "goro-password-1");
        assertThat(again.header("Location")).endsWith("/admin/posts");
    }

    @Test
    void theSecondStepWithoutAPasswordFirstGoesBackToLogIn() {
        WebClient stranger = new WebClient(server);
        var step = stranger.get("/login/2fa?next=/admin");
        assertThat(step.status()).isEqualTo(303);
        assertThat(step.header("Location")).contains("/login?next=%2Fadmin");
        var post = stranger.postForm("/login/2fa", form("code", "123456", "_csrf", "x"));
        assertThat(post.status()).isEqualTo(303);
    }

    @Test
    void aSecondStepFormWithoutItsCsrfTokenIsRefused() {
        var enrolled = author("hiro");
        WebClient browser = new WebClient(server);
        SecondFactor.password(browser, "hiro", "hiro-password-1");
        var forged = browser.postForm(
                "/login/2fa", form("code", SecondFactor.nextCode(enrolled.secret()), "_csrf", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void aPasskeyChallengeNeedsTheSecondStepsTokenAndAForgedAnswerIsRefusedWithoutA500() {
        author("isamu");
        WebClient browser = new WebClient(server);
        SecondFactor.password(browser, "isamu", "isamu-password-1");
        String csrf = browser.get("/login/2fa").csrf();
        assertThat(json(browser, "/login/2fa/passkey/options", "wrong", "{}").status())
                .isEqualTo(401);
        var options = json(browser, "/login/2fa/passkey/options", csrf, "{}");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body()).contains("\"rpId\":\"127.0.0.1\"").contains("\"challenge\":\"");

        var forged = json(
                browser,
                "/login/2fa/passkey",
                csrf,
                "{\"credentialId\":\"AAAA\",\"clientDataJson\":\"AAAA\",\"authenticatorData\":\"AAAA\","
                        + "\"signature\":\"AAAA\"}");
        assertThat(forged.status()).isEqualTo(401);
        var again = json(browser, "/login/2fa/passkey", csrf, "{\"credentialId\":\"AAAA\"}");
        assertThat(again.status()).as("the challenge was used up").isEqualTo(409);
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void aForgedPasskeyRegistrationIsRefusedWith422() {
        AdminPages.addAuthor(owner, "jun", "author", "jun-password-1");
        WebClient me = new WebClient(server).logIn("jun", "jun-password-1");
        String csrf = me.get("/admin/profile/security").csrf();
        assertThat(json(me, "/admin/profile/security/passkeys/options", csrf, "{}")
                        .status())
                .isEqualTo(200);
        var forged = json(
                me,
                "/admin/profile/security/passkeys",
                csrf,
                "{\"name\":\"x\",\"clientDataJson\":\"e30\",\"attestationObject\":\"oA\"}");
        assertThat(forged.status()).isEqualTo(422);
        assertThat(me.get("/admin/profile/security").html().select(".passkey-list"))
                .isEmpty();
    }

    private static WebClient.Page json(WebClient client, String path, String csrf, String body) {
        return client.send(java.net.http.HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }
}
