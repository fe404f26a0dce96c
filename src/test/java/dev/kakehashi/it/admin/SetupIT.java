package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** First run: every page leads to /setup until the first admin exists; then login works. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupIT {
    static KakehashiServer server;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void everyPageLeadsToSetupOnAFreshInstall() {
        WebClient browser = new WebClient(server);
        for (String path : new String[] {"/", "/admin", "/login", "/articles/anything"}) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(303);
            assertThat(page.header("Location")).as(path).endsWith("/setup");
        }
        var setup = browser.get("/setup");
        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.html().select("label").eachText()).contains("Blog title", "Username", "Email", "Password");
    }

    @Test
    @Order(2)
    void setupRejectsBadInputWithMessagesAndCreatesNothing() {
        WebClient browser = new WebClient(server);
        var page = browser.postForm(
                "/setup", form("title", "", "username", "bad name!", "email", "nope", "password", "short"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select(".field-error").eachText())
                .anySatisfy(t -> assertThat(t).contains("Blog title is required"))
                .anySatisfy(t -> assertThat(t).contains("Username may use"))
                .anySatisfy(t -> assertThat(t).contains("E-mail must look like"))
                .anySatisfy(t -> assertThat(t).contains("at least 8"));
        assertThat(browser.get("/").header("Location")).endsWith("/setup");
    }

    @Test
    @Order(3)
    void setupCreatesTheAdminWhoCanLogInAndSeeTheDashboard() {
        WebClient browser = new WebClient(server);
        var done = browser.postForm(
                "/setup",
                form(
                        "title",
                        "My Bridge",
                        "username",
                        "alice",
                        "email",
                        "alice@example.com",
                        "password",
                        "correct horse battery"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location"))
                .as("set-up ends signed in, on the dashboard")
                .matches(".*/admin(\\?.*)?");
        var dashboard = browser.get("/admin");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.html().select("a").eachText()).contains("New post");
        var home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().title()).isEqualTo("My Bridge");
        assertThat(browser.get("/setup").status()).isEqualTo(303);
    }

    @Test
    @Order(4)
    void aSecondSetupIsRefused() {
        WebClient other = new WebClient(server);
        var page = other.postForm(
                "/setup",
                form(
                        "title",
                        "Hijack",
                        "username",
                        "mallory",
                        "email",
                        "m@example.com",
                        "password",
                        "longenoughpassword"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(other.get("/").html().title()).isEqualTo("My Bridge");
        var login = other.postLogin(form("username", "mallory", "password", "longenoughpassword"));
        assertThat(login.status()).isEqualTo(401);
    }
}
