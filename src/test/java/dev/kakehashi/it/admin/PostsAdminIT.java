package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing, publishing, editing and deleting posts in the admin, as a logged-in author sees it. */
class PostsAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Posts IT", "writer", "writer-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPublishedArticleAppearsOnTheHomePageAndItsOwnPage() {
        admin.compose("article", "publish", "title", "Hello, Fediverse", "body", "First *post*.", "tags", "intro");
        var home = admin.get("/");
        assertThat(home.html().select("main h2 a").eachText()).contains("Hello, Fediverse");
    }

    @Test
    void aDraftStaysOffThePublicBlogButIsListedUnderDrafts() {
        String id = admin.compose("article", "draft", "title", "Secret draft", "body", "Not yet.");
        assertThat(admin.get("/").body()).doesNotContain("Secret draft");
        var drafts = admin.get("/admin/posts?status=draft");
        assertThat(drafts.html().select(".post-row a").eachText()).contains("Secret draft");
        assertThat(admin.get("/admin/posts?status=published").body()).doesNotContain("Secret draft");
        assertThat(admin.get("/posts/" + id).status()).isEqualTo(404);
    }

    @Test
    void anEmptyTitleIsRejectedWithAMessageAndNothingIsStored() {
        var compose = admin.get("/admin/posts/new");
        var page = admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        "",
                        "body",
                        "Body without title"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select(".field-error").eachText()).contains("Title is required");
        assertThat(page.html().select("textarea#body").text()).isEqualTo("Body without title");
        assertThat(admin.get("/admin/posts").body()).doesNotContain("Body without title");
    }

    @Test
    void anOverlongShortPostIsRejected() {
        var compose = admin.get("/admin/posts/new?kind=note");
        var page = admin.postForm(
                "/admin/posts",
                form("_csrf", compose.csrf(), "kind", "note", "action", "publish", "body", "x".repeat(5001)));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select(".field-error").eachText()).contains("Body must be at most 5000 characters");
    }

    @Test
    void aFormWithoutOrWithAForgedCsrfTokenIsRefusedAndStoresNothing() {
        var missing = admin.postForm("/admin/posts", form("kind", "note", "action", "publish", "body", "csrf-less"));
        assertThat(missing.status()).isEqualTo(403);
        var forged = admin.postForm(
                "/admin/posts", form("_csrf", "forged", "kind", "note", "action", "publish", "body", "csrf-forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(admin.get("/admin/posts").body()).doesNotContain("csrf-less").doesNotContain("csrf-forged");
    }
}
