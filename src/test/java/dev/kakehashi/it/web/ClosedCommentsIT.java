package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-post switch to close comments: set in the compose form, said on the page, and said to the
 * fediverse with an interaction policy (only the author may reply; quotes stay open).
 */
class ClosedCommentsIT {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static KakehashiServer server;
    static WebClient ann;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        ann = new WebClient(server).setUpAndLogIn("Closed IT", "ann", "ann-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode policy(String id) {
        JsonNode note = new ApJsonClient(server).json("/posts/" + id);
        assertThat(note.path("@context").toString())
                .contains("\"interactionPolicy\":{\"@id\":\"gts:interactionPolicy\",\"@type\":\"@id\"}")
                .contains("\"canReply\":{\"@id\":\"gts:canReply\"")
                .contains("\"canQuote\":{\"@id\":\"gts:canQuote\"")
                .contains("\"automaticApproval\":{\"@id\":\"gts:automaticApproval\"");
        return note.path("interactionPolicy");
    }

    @Test
    void closingCommentsIsSaidOnThePageAndInTheObjectAndReopeningUndoesIt() {
        String id = ann.compose("note", "publish", "body", "No comments on this one", "commentsClosed", "on");
        String author = new ApJsonClient(server)
                .json("/posts/" + id)
                .path("attributedTo")
                .asText();

        assertThat(ann.get("/posts/" + id).html().select(".comments-closed").text())
                .isEqualTo("Comments are closed.");
        JsonNode closed = policy(id);
        assertThat(closed.path("canReply").path("automaticApproval").toString()).isEqualTo("[\"" + author + "\"]");
        assertThat(closed.path("canQuote").path("automaticApproval").toString()).isEqualTo("[\"" + PUBLIC + "\"]");

        var edit = ann.get("/admin/posts/" + id + "/edit");
        assertThat(edit.html().select("input#commentsClosed").hasAttr("checked"))
                .isTrue();
        var saved = ann.postForm(
                "/admin/posts/" + id,
                form("_csrf", edit.csrf(), "kind", "note", "action", "publish", "body", "Comments welcome again"));
        assertThat(saved.status()).isEqualTo(303);

        assertThat(ann.get("/posts/" + id).html().select(".comments-closed")).isEmpty();
        JsonNode open = policy(id);
        assertThat(open.path("canReply").path("automaticApproval").toString()).isEqualTo("[\"" + PUBLIC + "\"]");
        assertThat(open.path("canQuote").path("automaticApproval").toString()).isEqualTo("[\"" + PUBLIC + "\"]");
        assertThat(ann.get("/admin/posts/" + id + "/edit")
                        .html()
                        .select("input#commentsClosed")
                        .hasAttr("checked"))
                .isFalse();
    }

    @Test
    void anArticleWithClosedCommentsSaysSoToo() {
        String id = ann.compose("article", "publish", "title", "Closed essay", "body", "Text", "commentsClosed", "on");
        assertThat(ann.get("/articles/closed-essay")
                        .html()
                        .select(".comments-closed")
                        .text())
                .isEqualTo("Comments are closed.");
        assertThat(policy(id).path("canReply").path("automaticApproval").get(0).asText())
                .endsWith("/actors/"
                        + new ApJsonClient(server)
                                .json("/@ann")
                                .path("id")
                                .asText()
                                .replaceAll(".*/", ""));
    }
}
