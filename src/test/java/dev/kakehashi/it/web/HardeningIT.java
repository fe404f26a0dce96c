package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.RawHttp;
import dev.kakehashi.it.SecurityHeaders;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile or merely unusual requests of issue 10 get a clear answer, never a 500 or a trace. */
class HardeningIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Hardening IT", "keeper", "keeper-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLongCjkArticleWithinTheCharacterLimitIsSaved() {
        String id = admin.compose("article", "publish", "title", "長い記事", "body", "架".repeat(150_000));
        assertThat(admin.get("/admin/posts/" + id + "/edit").status()).isEqualTo(200);
    }

    @Test
    void aFormLargerThanTheLimitIsRefusedWith413AndAClearMessage() {
        String token = admin.get("/admin/posts/new").csrf();
        var page = admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        token,
                        "kind",
                        "article",
                        "action",
                        "draft",
                        "title",
                        "Big",
                        "body",
                        "架".repeat(500_000)));
        assertThat(page.status()).as(page.body()).isEqualTo(413);
        assertThat(page.body()).contains("larger than 4 MiB");
    }

    @Test
    void formPostsWithoutAContentTypeAreAnswered415WithWhatToSend() {
        String token = admin.get("/admin/settings").csrf();
        for (String path : List.of("/login", "/follow", "/admin/settings?_csrf=" + token)) {
            var page = admin.send(HttpRequest.newBuilder(admin.uri(path))
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("title=x&username=a&password=b&handle=c")));
            assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(415);
            assertThat(page.body()).as(path).contains("application/x-www-form-urlencoded");
        }
    }

    @Test
    void aWebFingerResourceThatIsNotValidPercentEncodingIsA400() {
        var page = admin.get("/.well-known/webfinger?resource=%25", "application/jrd+json");
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        var raw = RawHttp.send(server.baseUrl(), "GET", "/.well-known/webfinger?resource=%", java.util.Map.of(), null);
        assertThat(raw.status()).as(raw.body()).isEqualTo(400);
    }

    @Test
    void markdownQuotesNestedFiveThousandDeepAreRefusedWith422InPreviewAndSave() {
        String deep = "> ".repeat(5_000) + "deep";
        String token = admin.get("/admin/posts/new").csrf();
        var preview = admin.send(HttpRequest.newBuilder(admin.uri("/admin/preview"))
                .header("Content-Type", "text/plain;charset=utf-8")
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(deep)));
        assertThat(preview.status()).as(preview.body()).isEqualTo(422);
        assertThat(preview.body()).contains("nested too deeply");
        var saved = admin.postForm(
                "/admin/posts",
                form("_csrf", token, "kind", "article", "action", "publish", "title", "Deep", "body", deep));
        assertThat(saved.status()).as(saved.body()).isEqualTo(422);
        assertThat(saved.body()).contains("nested too deeply");
    }

    @Test
    void errorPagesFromTomcatItselfShowNoTraceAndNoServerVersion() {
        // A body past Tomcat's own limits, and a path Tomcat refuses before the app sees it.
        for (String target : List.of("/posts/%zz", "/assets/%2e%2e/WEB-INF/web.xml", "/a%00b", "/../x")) {
            var page = RawHttp.send(server.baseUrl(), "GET", target, java.util.Map.of(), null);
            assertThat(page.status()).as(target).isBetween(400, 499);
            assertThat(page.body())
                    .doesNotContain("Tomcat")
                    .doesNotContain("Exception")
                    .doesNotContain("at org.");
        }
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        for (String path :
                List.of("/", "/feed.xml", "/nothing-here", "/assets/admin.css", "/admin", "/media/none.webp")) {
            var page = admin.get(path);
            SecurityHeaders.assertPresent(path, page);
        }
        SecurityHeaders.assertPresent("anonymous /login", new WebClient(server).get("/login"));
    }
}
