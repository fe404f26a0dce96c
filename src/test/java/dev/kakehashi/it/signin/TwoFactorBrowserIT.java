package dev.kakehashi.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Browser;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A real headless Chromium turns on an authenticator app (the test computes the code from the key
 * the page shows), signs in with password and code, adds a passkey held by Chromium's virtual
 * authenticator, signs in with password and passkey, then with the passkey alone from the login
 * page (no password). WebAuthn refuses an IP address as the
 * relying party, so this server's base URL is {@code localhost}.
 */
class TwoFactorBrowserIT {
    static KakehashiServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = KakehashiServer.fresh();
        base = server.baseUrl().replace("127.0.0.1", "localhost");
        server.with("base.url", base).start();
        new WebClient(server).setUpAndLogIn("Passkey Bridge", "hana", "a long enough password");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @Test
    void anAuthorTurnsOnAnAppAndAPasskeyAndSignsInWithEachAndWithThePasskeyAlone() {
        logInWithPassword();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("New post")));

        browser.get(base + "/admin/profile");
        browser.findElement(By.id("security-link")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("totp-start")));
        browser.findElement(By.id("totp-start")).click();
        // The button submits a form: the QR code is on the next page, not yet on this one.
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("totp-enrol")));
        assertThat(browser.findElements(By.cssSelector("#totp-enrol svg.qr"))).hasSize(1);
        String secret = browser.findElement(By.id("totp-secret")).getText();
        field("The 6-digit code the app shows now").sendKeys(SecondFactor.TOTP.codeAt(secret, Instant.now()));
        button("Turn on").click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);

        logOut();
        logInWithPassword();
        waitFor(ExpectedConditions.urlContains("/login/2fa"));
        assertThat(browser.getCurrentUrl()).as("no session before the code").contains("/login/2fa");
        field("Code from your authenticator app, or a recovery code").sendKeys(SecondFactor.nextCode(secret));
        button("Continue").click();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("New post")));

        VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
        browser.get(base + "/admin/profile/security");
        WebElement name = field("Name of the new passkey");
        name.clear();
        name.sendKeys("Virtual key");
        button("Add a passkey").click();
        try {
            waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".passkey-list"), "Virtual key"));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Passkey not added: "
                            + browser.findElement(By.cssSelector(".passkey-status"))
                                    .getText(),
                    e);
        }
        assertThat(authenticator.getCredentials()).hasSize(1);

        logOut();
        logInWithPassword();
        waitFor(ExpectedConditions.urlContains("/login/2fa"));
        button("Sign in with a passkey").click();
        try {
            waitFor(ExpectedConditions.elementToBeClickable(By.linkText("New post")));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Passkey sign-in failed: "
                            + browser.findElement(By.cssSelector(".passkey-status"))
                                    .getText(),
                    e);
        }
        int signCount = authenticator.getCredentials().get(0).getSignCount();
        assertThat(signCount).isPositive();

        // Passwordless: from the login page, the passkey alone (discoverable, user verified).
        logOut();
        browser.get(base + "/login?next=/admin/posts");
        assertThat(field("Password").getAttribute("value")).isEmpty();
        button("Sign in with a passkey").click();
        try {
            waitFor(ExpectedConditions.elementToBeClickable(By.linkText("New post")));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Passwordless sign-in failed: "
                            + browser.findElement(By.cssSelector("#passkey-login .passkey-status"))
                                    .getText(),
                    e);
        }
        assertThat(browser.getCurrentUrl()).endsWith("/admin/posts");
        assertThat(authenticator.getCredentials().get(0).getSignCount()).isGreaterThan(signCount);
        browser.removeVirtualAuthenticator(authenticator);
    }

    private void logInWithPassword() {
        browser.get(base + "/login?next=/admin");
        field("Username").sendKeys("hana");
        field("Password").sendKeys("a long enough password");
        button("Log in").click();
    }

    private void logOut() {
        button("Log out").click();
        waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Log in']")));
    }

    private WebElement field(String label) {
        String id = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
        return browser.findElement(By.id(id));
    }

    private WebElement button(String name) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + name + "']"));
    }

    private void waitFor(java.util.function.Function<WebDriver, ?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
