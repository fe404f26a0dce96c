package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compose form's fediverse preview answers with the object publishing would send, and saves nothing. */
class FediversePreviewIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Preview IT", "rin", "rin-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient.Page preview(String path, Map<String, String> fields) {
        var compose = admin.get("/admin/posts/new");
        fields.put("_csrf", compose.csrf());
        return admin.postForm(path, fields);
    }

    @Test
    void theArticlePreviewIsTheObjectPublishingSendsWithItsCoverAndNothingIsSaved() {
        JsonNode image = MediaIT.uploadPng(admin, "The cover");
        int before =
                admin.get("/admin/posts").html().select("main table tbody tr").size();

        var page = preview(
                "/admin/fediverse-preview",
                form(
                        "kind", "article",
                        "title", "Seen from Mastodon",
                        "body", "**Hello** fediverse.\n\n# A heading",
                        "coverId", image.get("id").asText(),
                        "tags", "travel"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode o = MediaIT.json(page);
        assertThat(o.get("type").asText()).isIn("Note", "Article");
        String shown = o.get("type").asText().equals("Note")
                ? o.get("content").asText()
                : o.get("name").asText();
        assertThat(shown).contains("Seen from Mastodon");
        assertThat(o.get("content").asText()).contains("<strong>Hello</strong>").doesNotContain("<h1");
        assertThat(o.get("attachment").get(0).get("url").asText())
                .isEqualTo(image.get("url").asText());
        assertThat(o.get("attachment").get(0).get("name").asText()).isEqualTo("The cover");
        assertThat(o.get("tag").toString()).contains("#travel");
        assertThat(o.get("id").asText()).startsWith(server.baseUrl() + "/posts/");

        assertThat(admin.get("/admin/posts").html().select("main table tbody tr"))
                .hasSize(before);
        assertThat(new WebClient(server).get("/").body()).doesNotContain("Seen from Mastodon");
    }

    @Test
    void theShortPostPreviewOfAStoredPostKeepsItsIdAndShowsTheNewText() {
        String id = admin.compose("note", "publish", "body", "First words");
        var page = preview("/admin/fediverse-preview/" + id, form("kind", "note", "body", "Second words #kyoto"));
        JsonNode o = MediaIT.json(page);
        assertThat(o.get("type").asText()).isEqualTo("Note");
        assertThat(o.get("id").asText()).isEqualTo(server.baseUrl() + "/posts/" + id);
        assertThat(o.get("content").asText()).contains("Second words").contains("hashtag");
        // The stored post is unchanged: a preview is not an edit.
        assertThat(new WebClient(server).get("/posts/" + id).body())
                .contains("First words")
                .doesNotContain("Second words");
    }

    @Test
    void aFormThatSavingWouldRefuseGets422WithItsFields() {
        var page = preview("/admin/fediverse-preview", form("kind", "article", "title", "", "body", "Text"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(MediaIT.json(page).get("fields").get("title").asText()).contains("required");
        var stranger = new WebClient(server).postForm("/admin/fediverse-preview", form("kind", "note", "body", "x"));
        assertThat(stranger.status()).isIn(401, 403, 303);
    }
}
