package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging in and out as a browser sees it: messages, the guessing brake, redirects, cookies. */
class LoginIT {
    static KakehashiServer server;
    static WebClient owner;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("Login IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordAnswers401WithAMessageAndOpensNoSession() {
        WebClient browser = new WebClient(server);
        var page = browser.postLogin(form("username", "owner", "password", "not-the-password"));
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.html().select("[role=alert]").text()).isEqualTo("Wrong username or password");
        assertThat(page.header("Set-Cookie")).isNull();
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void theSixthLoginAfterFiveFailuresWithinFifteenMinutesIsRefusedWith429EvenWithTheRightPassword() {
        AdminPages.addAuthor(owner, "victim", "author", "victim-password-1");
        WebClient attacker = new WebClient(server);
        for (int i = 1; i <= 5; i++) {
            var page = attacker.postLogin(form("username", "victim", "password", "guess-" + i));
            assertThat(page.status()).as("attempt " + i).isEqualTo(401);
        }
        var sixth = attacker.postLogin(form("username", "victim", "password", "victim-password-1"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.html().select("[role=alert]").text()).contains("Too many failed logins");
        assertThat(sixth.header("Set-Cookie")).isNull();
    }

    @Test
    void loginRedirectsToTheLocalPathNamedInNext() {
        WebClient browser = new WebClient(server);
        var page = browser.postLogin(
                form("username", "owner", "password", "owner-password-1", "next", "/admin/posts?status=draft"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/admin/posts?status=draft");
    }

    @Test
    void loginRefusesToRedirectToAnotherSite() {
        for (String next :
                new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example"}) {
            WebClient browser = new WebClient(server);
            var page = browser.postLogin(form("username", "owner", "password", "owner-password-1", "next", next));
            assertThat(page.status()).as(next).isEqualTo(303);
            assertThat(browser.uri(page.header("Location")).getHost()).as(next).isEqualTo("127.0.0.1");
            assertThat(page.header("Location")).as(next).endsWith("/admin");
        }
    }

    @Test
    void theLoginFormCarriesALocalNextOnlyIntoItsHiddenField() {
        WebClient browser = new WebClient(server);
        var page = browser.get("/login?next=https://evil.example/");
        assertThat(page.html().select("input[name=next]").val()).isEqualTo("/admin");
        assertThat(page.html().select("label").eachText()).contains("Username", "Password");
        assertThat(page.html().select("button").eachText()).contains("Log in");
    }

    @Test
    void logoutEndsTheSessionSoTheOldCookieNoLongerWorks() {
        WebClient browser = new WebClient(server);
        var login = browser.postLogin(form("username", "owner", "password", "owner-password-1"));
        String cookie = login.header("Set-Cookie").split(";", 2)[0];
        assertThat(cookie).startsWith("kakehashi_session=");
        assertThat(withCookie(cookie, "/admin").status()).isEqualTo(200);

        var dashboard = browser.get("/admin");
        var logout = browser.postForm("/logout", form("_csrf", dashboard.csrf()));
        assertThat(logout.status()).isEqualTo(303);

        var replay = withCookie(cookie, "/admin");
        assertThat(replay.status()).isEqualTo(303);
        assertThat(replay.header("Location")).contains("/login");
        assertThat(owner.get("/admin").status()).as("other sessions stay").isEqualTo(200);
    }

    @Test
    void aLoginWithoutTheFormsCsrfTokenIsRefusedWith403AndOpensNoSession() {
        WebClient thirdParty = new WebClient(server);
        var bare = thirdParty.postForm("/login", form("username", "owner", "password", "owner-password-1"));
        assertThat(bare.status()).isEqualTo(403);
        assertThat(bare.html().select("[role=alert]").text()).contains("did not come from this site");
        assertThat(thirdParty.get("/admin").status()).as("no session").isEqualTo(303);

        WebClient forged = new WebClient(server);
        forged.get("/login");
        var wrong = forged.postForm(
                "/login", form("username", "owner", "password", "owner-password-1", "_csrf", "x".repeat(43)));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(forged.get("/admin").status()).as("no session").isEqualTo(303);
    }

    @Test
    void theLoginTokenCookieIsStrictHttpOnlyAndScopedToTheLoginForm() {
        var page = new WebClient(server).get("/login");
        assertThat(page.csrf()).hasSize(43);
        assertThat(page.header("Set-Cookie"))
                .startsWith("kakehashi_login_csrf=" + page.csrf())
                .contains("Path=/login")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aNextWithControlCharactersSpacesOrNonAsciiFallsBackToAdminWithoutA500OrALoggedLineBreak() {
        String[] odd = {
            "/admin\tx",
            "/admin x",
            "/admin\r\nSet-Cookie: evil=1",
            "/admin\r\n\r\n<h1>",
            "/admin\u0000",
            "/admin/\u00e9t\u00e9",
            "/\u67b6",
            "/%zz",
            "/\t/evil.example",
            " /admin",
            "/admin#\u0000"
        };
        try (LogCapture log = LogCapture.kakehashi()) {
            for (String next : odd) {
                String shown = next.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
                var form = new WebClient(server)
                        .get("/login?next="
                                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(form.status()).as("GET " + shown).isEqualTo(200);
                assertThat(form.html().select("input[name=next]").val())
                        .as(shown)
                        .isEqualTo("/admin");
                WebClient browser = new WebClient(server);
                var page = browser.postLogin(form("username", "owner", "password", "owner-password-1", "next", next));
                assertThat(page.status()).as("POST " + shown).isEqualTo(303);
                assertThat(browser.uri(page.header("Location")).getHost())
                        .as(shown)
                        .isEqualTo("127.0.0.1");
                assertThat(page.header("Location")).as(shown).endsWith("/admin");
            }
            assertThat(log.text()).doesNotContain("evil=1").doesNotContain("<h1>");
        }
    }

    private static WebClient.Page withCookie(String cookie, String path) {
        WebClient fresh = new WebClient(server);
        return fresh.send(HttpRequest.newBuilder(fresh.uri(path))
                .header("Accept", "text/html")
                .header("Cookie", cookie)
                .GET());
    }
}
