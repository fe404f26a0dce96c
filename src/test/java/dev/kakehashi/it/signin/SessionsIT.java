package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list of one's signed-in browsers on the profile, and signing them out. */
class SessionsIT {
    static KakehashiServer server;
    static WebClient owner;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("Sessions IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theListShowsEachBrowserWithItsAddressAndMarksThisOne() {
        AdminPages.addAuthor(owner, "nana", "author", "nana-password-1");
        WebClient firefox = browser("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        firefox.logIn("nana", "nana-password-1");
        WebClient chrome = browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
                + " Gecko) Chrome/131.0.0.0 Safari/537.36");
        chrome.logIn("nana", "nana-password-1");

        var page = firefox.get("/admin/profile/security");
        var rows = page.html().select("#sessions tr.session");
        assertThat(rows).hasSize(2);
        assertThat(page.html().select("#sessions tr.current").text())
                .contains("Firefox on Linux")
                .contains("(this browser)")
                .contains("127.0.0.1");
        assertThat(rows.text()).contains("Chrome on Windows");
    }

    @Test
    void signingOutEverywhereElseEndsTheOtherSessionsAndKeepsThisOne() {
        AdminPages.addAuthor(owner, "osamu", "author", "osamu-password-1");
        WebClient here = new WebClient(server).logIn("osamu", "osamu-password-1");
        WebClient phone = new WebClient(server).logIn("osamu", "osamu-password-1");
        WebClient tablet = new WebClient(server).logIn("osamu", "osamu-password-1");
        assertThat(phone.get("/admin").status()).isEqualTo(200);

        var page = here.get("/admin/profile/security");
        var done = here.postForm("/admin/profile/security/sessions/others", form("_csrf", page.csrf()));
        assertThat(done.status()).isEqualTo(303);
        assertThat(here.get(done.header("Location")).html().select("p.notice").text())
                .isEqualTo("Every other session is signed out.");
        assertThat(phone.get("/admin").status()).isEqualTo(303);
        assertThat(tablet.get("/admin").status()).isEqualTo(303);
        assertThat(here.get("/admin/profile/security").html().select("#sessions tr.session"))
                .hasSize(1);
        assertThat(owner.get("/admin").status()).as("another account's session").isEqualTo(200);
    }

    @Test
    void oneSessionIsSignedOutFromTheListAndAnotherAccountsSessionCannotBe() {
        AdminPages.addAuthor(owner, "ren", "author", "ren-password-1");
        WebClient here = new WebClient(server).logIn("ren", "ren-password-1");
        WebClient lost = new WebClient(server).logIn("ren", "ren-password-1");

        var page = here.get("/admin/profile/security");
        String action =
                page.html().select("#sessions tr.session:not(.current) form").attr("action");
        assertThat(action).matches("/admin/profile/security/sessions/[0-9a-f]{20}/delete");

        var byOwner = owner.postForm(action, form("_csrf", owner.get("/admin").csrf()));
        assertThat(byOwner.status()).isEqualTo(404);
        assertThat(lost.get("/admin").status()).isEqualTo(200);

        var signedOut = here.postForm(action, form("_csrf", page.csrf()));
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(lost.get("/admin").status()).isEqualTo(303);
        assertThat(here.get("/admin").status()).isEqualTo(200);
    }

    private static WebClient browser(String userAgent) {
        return new WebClient(server).userAgent(userAgent);
    }
}
