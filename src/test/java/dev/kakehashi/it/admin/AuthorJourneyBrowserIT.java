package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Browser;
import dev.kakehashi.it.KakehashiServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium walks what a new blogger does: set up (landing signed in), write with an
 * image, publish, schedule with "Publish at", read the post on the public page; then every admin
 * page passes an accessibility check at 390 px. Screenshots go to docs/screenshots/.
 */
class AuthorJourneyBrowserIT {
    static KakehashiServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = KakehashiServer.started();
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
    void aNewBloggerSetsUpPublishesSchedulesAndReadsTheirPost() throws Exception {
        browser.get(server.url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/setup");
        field("Blog title").sendKeys("Browser Bridge");
        field("Username").sendKeys("hana");
        field("Email").sendKeys("hana@example.com");
        field("Password").sendKeys("a long enough password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // Set-up ends signed in, on the dashboard, which shows the handle to share.
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("handles")));
        String host = java.net.URI.create(server.baseUrl()).getRawAuthority();
        assertThat(browser.findElement(By.id("handles")).getText()).contains("@hana@" + host);
        Screenshots.save(browser, "dashboard");

        browser.findElement(By.linkText("New post")).click();
        waitFor(ExpectedConditions.urlContains("/admin/posts/new"));
        field("Title").sendKeys("Written in a real browser");
        field("Body").sendKeys("Hello from **Chromium**.\n\n");
        // The live preview is compose.js at work: scripts from our own files run under the CSP.
        waitFor(d -> !d.findElements(By.cssSelector("#preview strong")).isEmpty());
        field("Image").sendKeys(samplePng().toString());
        field("Alt text").sendKeys("A blue square");
        button("Upload").click();
        try {
            waitFor(d -> !d.findElements(By.xpath("//button[normalize-space()='Insert into body']"))
                    .isEmpty());
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Upload did not finish; status: "
                            + browser.findElement(By.cssSelector(".upload-status"))
                                    .getText(),
                    e);
        }
        // An upload goes into the body only when asked, as a path that survives a new base URL.
        assertThat(field("Body").getDomProperty("value")).doesNotContain("![");
        button("Insert into body").click();
        assertThat(field("Body").getDomProperty("value")).contains("![A blue square](/media/");
        // A second image becomes the cover: it stays out of the body.
        field("Image").sendKeys(samplePng().toString());
        field("Alt text").sendKeys("The cover");
        button("Upload").click();
        waitFor(d -> d.findElements(By.xpath("//button[normalize-space()='Use as cover']"))
                        .size()
                == 2);
        java.util.List<WebElement> covers =
                browser.findElements(By.xpath("//button[normalize-space()='Use as cover']"));
        covers.get(1).click();
        assertThat(browser.findElement(By.id("coverId")).getDomProperty("value"))
                .isNotBlank();
        assertThat(field("Body").getDomProperty("value")).doesNotContain("The cover");
        // An image pasted into the body is uploaded and inserted where the cursor is.
        browser.executeScript("var c = document.createElement('canvas'); c.width = 32; c.height = 32;"
                + " var g = c.getContext('2d'); g.fillStyle = 'red'; g.fillRect(0, 0, 32, 32);"
                + " c.toBlob(function (b) { var dt = new DataTransfer();"
                + " dt.items.add(new File([b], 'pasted.png', {type: 'image/png'}));"
                + " document.getElementById('body').dispatchEvent("
                + "new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); });");
        waitFor(d -> field("Body").getDomProperty("value").split("!\\[", -1).length == 3);
        // The fediverse preview is drawn from the object Kakehashi will send: title, cover image.
        waitFor(d -> d.findElement(By.id("fedi-mastodon")).getText().contains("Written in a real browser")
                && !d.findElements(By.cssSelector("#fedi-mastodon .fedi-media img[alt='The cover']"))
                        .isEmpty());
        assertThat(browser.findElement(By.id("fedi-json")).getAttribute("textContent"))
                .contains("\"attachment\"")
                .contains("/media/");
        assertThat(browser.findElement(By.id("fedi-misskey")).getText()).contains("Chromium");
        WebElement fedi = browser.findElement(By.id("fedi-preview"));
        browser.executeScript("arguments[0].scrollIntoView()", fedi);
        Screenshots.save(browser, "compose-fediverse-preview");
        // The draft is saved to the server while it is written, and the page says so.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("autosave-status")).getText().startsWith("Saved as draft"));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/posts/\\d+/edit$");
        browser.executeScript("window.scrollTo(0, 0)");
        Screenshots.save(browser, "compose");
        button("Publish").click();

        waitFor(ExpectedConditions.urlContains("saved="));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Published");
        // Autosave and Publish made one post, not two.
        browser.get(server.url("/admin/posts"));
        assertThat(browser.findElements(By.linkText("Written in a real browser")))
                .hasSize(1);

        // A future "Publish at" turns Publish into Schedule, and the post is scheduled, not sent.
        browser.get(server.url("/admin/posts/new"));
        field("Title").sendKeys("Written for later");
        field("Body").sendKeys("Not yet.");
        browser.executeScript(
                "var f = document.getElementById('scheduledAt'); var d = new Date(Date.now() + 3 * 86400000);"
                        + " var p = n => String(n).padStart(2, '0');"
                        + " f.value = d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T10:00';"
                        + " f.dispatchEvent(new Event('input'));");
        assertThat(browser.findElement(By.id("publish")).getText()).isEqualTo("Schedule");
        browser.findElement(By.id("publish")).click();
        waitFor(ExpectedConditions.urlContains("saved=scheduled"));
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("scheduled");

        browser.get(server.url("/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Written for later");
        WebElement link = browser.findElement(By.linkText("Written in a real browser"));
        link.click();
        waitFor(ExpectedConditions.titleContains("Written in a real browser"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hello from Chromium.");
        assertThat(browser.findElement(By.cssSelector("main strong")).getText()).isEqualTo("Chromium");
        assertThat(browser.findElements(By.cssSelector("main img[alt='The cover']")))
                .hasSize(1);
        WebElement image = browser.findElement(By.cssSelector("main img[alt='A blue square']"));
        browser.executeScript("arguments[0].scrollIntoView()", image); // images may load lazily
        try {
            waitFor(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() == 64);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Image did not load: "
                            + browser.executeScript(
                                    "return arguments[0].outerHTML + ' ' + arguments[0].naturalWidth + ' ' + arguments[0].complete",
                                    image),
                    e);
        }

        settingsInSectionsAndThemeCards();
        aPageInTheMenu();

        // Every admin page, on a 390 px phone: labels, one h1, skip link, current page, no sideways scroll.
        AdminAccessibility.checkAll(browser, server);
    }

    /**
     * Settings come in sections, each with one Save; the language is picked from a list; the
     * Comments tab leads to the comment settings; themes are cards with a picture and Activate.
     */
    private void settingsInSectionsAndThemeCards() throws Exception {
        browser.get(server.url("/admin/settings"));
        assertThat(browser.findElements(By.cssSelector("main button[type=submit]")))
                .extracting(WebElement::getText)
                .containsExactly("Save blog settings");
        field("Description").sendKeys("Notes across the bridge");
        new Select(field("Language")).selectByVisibleText("Français (fr)");
        Screenshots.save(browser, "settings");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("saved="));
        assertThat(new Select(field("Language")).getFirstSelectedOption().getText())
                .isEqualTo("Français (fr)");

        browser.findElement(By.cssSelector(".settings-tabs"))
                .findElement(By.linkText("Comments"))
                .click();
        waitFor(ExpectedConditions.urlContains("/admin/settings/comments"));
        assertThat(browser.findElement(By.tagName("legend")).getText())
                .isEqualTo("Replies from the fediverse appear on the blog");
        assertThat(browser.findElements(By.cssSelector("main button[type=submit]")))
                .extracting(WebElement::getText)
                .containsExactly("Save comment settings");

        // Each theme's picture is taken as the blog looks in it (the WAR under test has the last run's).
        ThemePreviews.save(browser, server.url("/"), "default");
        browser.get(server.url("/admin/settings/appearance"));
        assertThat(browser.findElement(By.cssSelector("#theme-default")).getText())
                .contains("Active");
        browser.findElement(By.xpath("//button[normalize-space()='Activate Minimal']"))
                .click();
        waitFor(ExpectedConditions.urlContains("saved="));
        assertThat(browser.findElement(By.cssSelector("#theme-minimal")).getText())
                .contains("Active");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Activate Default']")))
                .hasSize(1);

        // The minimal theme keeps the description and the Follow box.
        browser.get(server.url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector("body")).getAttribute("class"))
                .contains("minimal");
        assertThat(browser.findElement(By.cssSelector(".site-description")).getText())
                .isEqualTo("Notes across the bridge");
        assertThat(browser.findElements(By.cssSelector("form.follow-form"))).hasSize(1);
        ThemePreviews.save(browser, server.url("/"), "minimal");

        // Every card shows its theme's picture.
        browser.get(server.url("/admin/settings/appearance"));
        List<WebElement> pictures = browser.findElements(By.cssSelector(".theme-card img"));
        assertThat(pictures)
                .extracting(p -> p.getAttribute("alt"))
                .containsExactlyInAnyOrder("Preview of the Default theme", "Preview of the Minimal theme");
        for (WebElement picture : pictures) {
            browser.executeScript("arguments[0].scrollIntoView()", picture);
            waitFor(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", picture)).intValue()
                    == ThemePreviews.WIDTH);
        }
        browser.executeScript("window.scrollTo(0, 0)");
        Screenshots.save(browser, "theme-chooser");
        browser.findElement(By.xpath("//button[normalize-space()='Activate Default']"))
                .click();
        waitFor(ExpectedConditions.urlContains("saved="));
    }

    /** A 64x64 PNG made on the spot, so the test depends on no fixture file. */
    private static Path samplePng() {
        try {
            BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.BLUE);
            g.fillRect(0, 0, 64, 64);
            g.dispose();
            Path file = Files.createTempFile("kakehashi-browser-", ".png");
            ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Write → Pages → New page; the page is then in the blog's menu, one click from the home page. */
    private void aPageInTheMenu() {
        browser.get(server.url("/admin"));
        browser.findElement(By.linkText("Pages")).click();
        waitFor(ExpectedConditions.urlContains("/admin/pages"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No pages yet.");
        browser.findElement(By.linkText("New page")).click();
        waitFor(ExpectedConditions.urlContains("/admin/pages/new"));
        field("Title").sendKeys("About this blog");
        field("Text").sendKeys("Written *between* two harbours.");
        field("Menu order").clear();
        field("Menu order").sendKeys("1");
        button("Publish page").click();
        waitFor(ExpectedConditions.urlContains("done=saved"));
        assertThat(browser.findElement(By.cssSelector("tr.page-row")).getText())
                .contains("About this blog", "/about-this-blog");

        browser.get(server.url("/"));
        browser.findElement(By.cssSelector("nav.site-nav"))
                .findElement(By.linkText("About this blog"))
                .click();
        waitFor(ExpectedConditions.urlToBe(server.url("/about-this-blog")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("About this blog");
        assertThat(browser.findElement(By.cssSelector("main em")).getText()).isEqualTo("between");
    }

    private WebElement field(String label) {
        WebElement l = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return browser.findElement(By.id(l.getAttribute("for")));
    }

    private WebElement button(String name) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + name + "']"));
    }

    private void waitFor(java.util.function.Function<WebDriver, ?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }
}
