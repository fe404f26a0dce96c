package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Browser;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Mastodon clients sign in to Kakehashi and show who they are: toot (password grant and
 * whoami), Mastodon.py (password grant, and an authorization code whose consent the test gives
 * through the pages), megalodon (detector, registerApp, consent in headless Chromium,
 * verifyAccountCredentials) and masto.js (password grant, v2 instance, verifyCredentials).
 */
class MastodonClientsIT {
    static KakehashiServer server;
    static WebClient owner;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("Clients IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tootLogsInWithThePasswordGrantAndWhoamiShowsTheAuthor() throws Exception {
        MastodonClients.requireToot();
        Path config = Files.createTempDirectory("toot-config");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString(), "HOME", config.toString());
        String instance = server.baseUrl().replace("http://", "");
        var login = MastodonClients.run(
                        List.of(
                                MastodonClients.TOOT,
                                "login_cli",
                                "--instance",
                                instance,
                                "--email",
                                "owner@example.com",
                                "--disable-https"),
                        env,
                        "owner-password-1\n")
                .ok();
        assertThat(login.out()).contains("Successfully logged in");
        var whoami = MastodonClients.run(List.of(MastodonClients.TOOT, "whoami"), env, null)
                .ok();
        assertThat(whoami.out()).contains("@owner");
    }

    @Test
    void mastodonPyLogsInWithThePasswordGrantAndPassesItsScopeAndVersionChecks() {
        MastodonClients.requireMastodonPy();
        var run = MastodonClients.python("password", server.baseUrl(), "owner", "owner-password-1")
                .ok();
        assertThat(run.json().get("username").asText()).isEqualTo("owner");
        assertThat(run.json().get("version").asText()).isEqualTo("4.3.0");
    }

    @Test
    void mastodonPyLogsInWithACodeTheAuthorGaveOnTheConsentPage() {
        MastodonClients.requireMastodonPy();
        var started = MastodonClients.python("start", server.baseUrl()).ok().json();
        String url = started.get("url").asText();
        assertThat(url).startsWith(server.baseUrl() + "/oauth/authorize");
        var decided = MastodonApi.decide(owner, url, "authorize");
        assertThat(decided.status()).isEqualTo(303);
        String code =
                owner.get(decided.header("Location")).html().select("#code").val();
        var loggedIn = MastodonClients.python(
                        "code",
                        server.baseUrl(),
                        started.get("client_id").asText(),
                        started.get("client_secret").asText(),
                        code)
                .ok();
        assertThat(loggedIn.json().get("username").asText()).isEqualTo("owner");
    }

    @Test
    void megalodonDetectsMastodonAndSignsInThroughTheConsentPageInABrowser() throws Exception {
        MastodonClients.requireNodeClients();
        var registered = MastodonClients.node("megalodon.mjs", "register", server.baseUrl())
                .ok()
                .json();
        assertThat(registered.get("sns").asText()).isEqualTo("mastodon");
        String code;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(registered.get("url").asText());
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys("owner");
            browser.findElement(By.id("password")).sendKeys("owner-password-1");
            browser.findElement(By.xpath("//button[normalize-space()='Log in']"))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-name")));
            assertThat(browser.findElement(By.id("app-name")).getText()).isEqualTo("Whalebird test");
            browser.findElement(By.xpath("//button[normalize-space()='Authorize']"))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
            code = browser.findElement(By.id("code")).getAttribute("value");
            assertThat(browser.getCurrentUrl()).contains("/oauth/authorize/native?code=");
        } finally {
            browser.quit();
        }
        var login = MastodonClients.node(
                        "megalodon.mjs",
                        "login",
                        server.baseUrl(),
                        registered.get("clientId").asText(),
                        registered.get("clientSecret").asText(),
                        code)
                .ok()
                .json();
        assertThat(login.get("username").asText()).isEqualTo("owner");
        assertThat(login.get("scope").asText()).isEqualTo("read write follow");
    }

    @Test
    void mastoJsReadsTheV2InstanceAndTheAuthorsAccount() {
        MastodonClients.requireNodeClients();
        var app = new MastodonApi(server).register("masto.js test", "read write", "urn:ietf:wg:oauth:2.0:oob");
        var run = MastodonClients.node(
                        "masto.mjs", server.baseUrl(), app.clientId(), app.clientSecret(), "owner", "owner-password-1")
                .ok()
                .json();
        assertThat(run.get("title").asText()).isEqualTo("Clients IT");
        assertThat(run.get("maxCharacters").asInt()).isEqualTo(5000);
        assertThat(run.get("username").asText()).isEqualTo("owner");
        assertThat(run.get("acct").asText()).isEqualTo("owner");
    }
}
