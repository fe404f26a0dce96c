package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Browser;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader of the blog sees in a real browser after someone on an independent server (the
 * Fedify peer) replies to a post and likes it: the reply as a comment with its author, and the like
 * with the liker's face; undoing the like takes it away again.
 */
class FedifyConversationBrowserIT {
    static KakehashiServer server;
    static FedifyPeer peer;
    static WebClient admin;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = KakehashiServer.fresh();
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Fedify Conversation IT", "rin", "rin-password-12");
        peer = FedifyPeer.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void aReplyAndALikeFromFedifyShowOnThePostPageInABrowser() {
        String post = admin.compose("note", "publish", "body", "Tell me what you think");
        String postUrl = server.url("/posts/" + post);
        String author = server.url("/actors/blog");

        String reply = peer.reply(author, postUrl, "Thoughtful &amp; <b>kind</b> words", null);
        String like = peer.like(author, postUrl);

        WebElement comment = reloadUntil(postUrl, "#comments li.comment", "the Fedify reply");
        assertThat(comment.findElement(By.cssSelector(".comment-content")).getText())
                .contains("Thoughtful & kind words");
        assertThat(comment.findElement(By.cssSelector(".comment-handle")).getText())
                .isEqualTo("@" + peer.acct());
        assertThat(comment.findElement(By.cssSelector("a.comment-permalink")).getAttribute("href"))
                .isEqualTo(reply);

        WebElement likes = reloadUntil(postUrl, ".reaction-likes", "the Fedify like");
        assertThat(likes.findElement(By.cssSelector(".likes-count")).getText()).isEqualTo("1");
        List<WebElement> likers = likes.findElements(By.cssSelector(".reactor a"));
        assertThat(likers).hasSize(1);
        assertThat(likers.get(0).getAttribute("href")).startsWith(peer.baseUrl());
        assertThat(likes.isDisplayed()).isTrue();

        peer.undoLike(author, like, postUrl);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(300))
                .withMessage("the undone like to disappear")
                .until(d -> {
                    d.navigate().refresh();
                    return d.findElements(By.cssSelector(".reaction-likes")).isEmpty();
                });
        assertThat(browser.findElements(By.cssSelector("#comments li.comment"))).hasSize(1);
    }

    /** Reloads the page until {@code selector} shows (the inbox is processed by a job). */
    private static WebElement reloadUntil(String url, String selector, String what) {
        browser.get(url);
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(300))
                .withMessage(what + " to show on " + url)
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector(selector));
                    if (found.isEmpty()) {
                        d.navigate().refresh();
                        return null;
                    }
                    return found.get(0);
                });
    }
}
