package dev.kakehashi.it;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

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
        var page = browser.postForm("/login", form("username", "owner", "password", "not-the-password"));
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
            var page = attacker.postForm("/login", form("username", "victim", "password", "guess-" + i));
            assertThat(page.status()).as("attempt " + i).isEqualTo(401);
        }
        var sixth = attacker.postForm("/login", form("username", "victim", "password", "victim-password-1"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.html().select("[role=alert]").text()).contains("Too many failed logins");
        assertThat(sixth.header("Set-Cookie")).isNull();
    }

    @Test
    void loginRedirectsToTheLocalPathNamedInNext() {
        WebClient browser = new WebClient(server);
        var page = browser.postForm(
                "/login",
                form("username", "owner", "password", "owner-password-1", "next", "/admin/posts?status=draft"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/admin/posts?status=draft");
    }

    @Test
    void loginRefusesToRedirectToAnotherSite() {
        for (String next :
                new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example"}) {
            WebClient browser = new WebClient(server);
            var page =
                    browser.postForm("/login", form("username", "owner", "password", "owner-password-1", "next", next));
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
        var login = browser.postForm("/login", form("username", "owner", "password", "owner-password-1"));
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

    private static WebClient.Page withCookie(String cookie, String path) {
        WebClient fresh = new WebClient(server);
        return fresh.send(HttpRequest.newBuilder(fresh.uri(path))
                .header("Accept", "text/html")
                .header("Cookie", cookie)
                .GET());
    }
}
