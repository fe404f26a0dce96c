package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Images in a post's body keep working when the blog moves to another base URL; a draft's address
 * follows its title until it is published. The move comes last: it restarts the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MediaPathsIT {
    static final String NEW_BASE = "https://blog.example.test";
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Moving Blog", "mika", "mika-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(2)
    void imagesInsertedBeforeTheBaseUrlChangedPointAtTheNewBaseAfterIt() {
        JsonNode upload = MediaIT.uploadPng(admin, "A card");
        String url = upload.get("url").asText();
        String path = java.net.URI.create(url).getPath();
        assertThat(upload.get("markdown").asText()).isEqualTo("![A card](" + path + ")");
        // One inserted by the compose page, one pasted as the absolute URL the old base made.
        String id = admin.compose(
                "article",
                "publish",
                "title",
                "Before the move",
                "body",
                "![A card](" + path + ")\n\n![Again](" + url + ")");
        String stored = admin.get("/admin/posts/" + id + "/edit")
                .html()
                .select("textarea#body")
                .text();
        assertThat(stored).isEqualTo("![A card](" + path + ")\n\n![Again](" + path + ")");

        server.stop();
        server.with("base.url", NEW_BASE).start();

        // The page names the image by its path; feeds give the new absolute URL.
        var page = new WebClient(server).get("/articles/before-the-move").html();
        assertThat(page.select("main img").eachAttr("src")).hasSize(2).allMatch(src -> src.endsWith(path));
        assertThat(page.select("main").outerHtml()).doesNotContain(url);
        String feed = new WebClient(server).get("/feed.xml").body();
        assertThat(feed).contains(NEW_BASE + path).doesNotContain(url);
        String atom = new WebClient(server).get("/atom.xml").body();
        assertThat(atom).contains(NEW_BASE + path).doesNotContain(url);
    }

    @Test
    @Order(1)
    void aDraftsSlugFollowsItsTitleUntilItIsPublished() {
        // An autosave catches the title half typed.
        String id = admin.compose("article", "draft", "title", "Hal", "body", "Words");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        var saved = admin.postForm(
                "/admin/posts/" + id,
                form(
                        "_csrf", edit.csrf(),
                        "kind", "article",
                        "action", "publish",
                        "title", "Half a title no more",
                        "body", "Words",
                        "slug", ""));
        assertThat(saved.status()).isEqualTo(303);
        WebClient reader = new WebClient(server);
        assertThat(reader.get("/articles/half-a-title-no-more").status()).isEqualTo(200);
        assertThat(reader.get("/articles/hal").status()).isEqualTo(404);
        // Once published, the slug stays whatever the title becomes.
        edit = admin.get("/admin/posts/" + id + "/edit");
        admin.postForm(
                "/admin/posts/" + id,
                form(
                        "_csrf", edit.csrf(),
                        "kind", "article",
                        "action", "publish",
                        "title", "Renamed",
                        "body", "Words",
                        "slug", ""));
        assertThat(reader.get("/articles/half-a-title-no-more").status()).isEqualTo(200);
    }
}
