package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An author edits their answer to a comment from an app (issue 14): the status, its thread and the
 * blog page show the new text and when it was edited, and the real Fedify peer answered gets an
 * Update of the Note carrying it; each edit keeps the version it replaces, so {@code /history} lists
 * them all, oldest first. Someone else's comment and an unknown id are 404, an empty text 422, all
 * JSON, and a refused edit changes nothing.
 */
class MastodonAnswerEditIT extends MastodonCommentsFixture {

    @Test
    void theAuthorEditsTheirAnswerFromTheAppAndThePeerGetsTheUpdate() {
        String[] ids = answered("Ask then edit");
        String post = ids[0];
        String answer = ids[2];
        String answerUri = server.url("/comments/" + answer);
        assertThat(status(answer).get("edited_at").isNull()).isTrue();

        // The app edits what /source gave it ("@peer Here is more."), with a content warning.
        MastodonApi.Answer edited = http.method(
                "PUT",
                "/api/v1/statuses/" + answer,
                token,
                "application/json",
                "{\"status\":\"@peer Here is **much** more.\",\"spoiler_text\":\"Long\",\"language\":\"en\"}");
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        JsonNode shown = edited.json();
        assertThat(shown.get("id").asText()).isEqualTo(answer);
        assertThat(shown.get("content").asText()).contains("<strong>much</strong> more.");
        assertThat(shown.get("content").asText()).doesNotContain("Here is more.");
        // The person answered is still addressed once, not twice.
        assertThat(shown.get("content").asText().split("u-url mention", -1)).hasSize(2);
        assertThat(shown.get("spoiler_text").asText()).isEqualTo("Long");
        assertThat(shown.get("sensitive").asBoolean()).isTrue();
        assertThat(shown.get("edited_at").isNull()).isFalse();

        JsonNode update = peer.awaitReceived(
                a -> "Update".equals(a.get("type").asText())
                        && answerUri.equals(
                                a.get("activity").get("object").get("id").asText()),
                Duration.ofSeconds(30));
        JsonNode note = update.get("activity").get("object");
        assertThat(update.get("actor").asText()).isEqualTo(authorActor);
        assertThat(note.get("type").asText()).isEqualTo("Note");
        assertThat(note.get("content").asText()).contains("<strong>much</strong> more.");
        assertThat(note.get("summary").asText()).isEqualTo("Long");
        assertThat(note.get("updated").asText()).isNotBlank();
        assertThat(note.get("inReplyTo").asText())
                .isEqualTo(status(ids[1]).get("uri").asText());
        assertThat(update.get("activity").get("cc").toString()).contains(peer.actorUrl());

        JsonNode inContext = status(post + "/context").get("descendants").get(1);
        assertThat(inContext.get("id").asText()).isEqualTo(answer);
        assertThat(inContext.get("content").asText()).contains("<strong>much</strong> more.");
        assertThat(inContext.get("edited_at").asText())
                .isEqualTo(shown.get("edited_at").asText());
        String page = admin.get("/posts/" + post).html().text();
        assertThat(page).contains("Here is much more.").doesNotContain("Here is more.");
        // /source gives the Markdown as the app sent it, for the next edit.
        assertThat(ok(get("/api/v1/statuses/" + answer + "/source"))
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("@peer Here is **much** more.");
    }

    @Test
    void twoEditsFromTheAppLeaveThreeVersionsInTheHistoryOldestFirst() {
        String[] ids = answered("Ask then edit twice");
        String post = ids[0];
        String answer = ids[2];
        JsonNode original = status(answer);
        JsonNode unedited = ok(get("/api/v1/statuses/" + answer + "/history")).json();
        assertThat(unedited).hasSize(1);
        assertThat(unedited.get(0).get("created_at").asText())
                .isEqualTo(original.get("created_at").asText());

        JsonNode first = edit(answer, "{\"status\":\"@peer Second words.\",\"spoiler_text\":\"Spoiler\"}");
        JsonNode second = edit(answer, "{\"status\":\"@peer Third **words**.\",\"spoiler_text\":\"\"}");
        assertThat(Instant.parse(second.get("edited_at").asText()))
                .isAfterOrEqualTo(Instant.parse(first.get("edited_at").asText()));

        JsonNode history = ok(get("/api/v1/statuses/" + answer + "/history")).json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("content").asText()).contains("Here is more.");
        assertThat(history.get(0).get("spoiler_text").asText()).isEmpty();
        assertThat(history.get(0).get("sensitive").asBoolean()).isFalse();
        assertThat(history.get(0).get("created_at").asText())
                .isEqualTo(original.get("created_at").asText());
        assertThat(history.get(1).get("content").asText()).contains("Second words.");
        assertThat(history.get(1).get("spoiler_text").asText()).isEqualTo("Spoiler");
        assertThat(history.get(1).get("sensitive").asBoolean()).isTrue();
        assertThat(history.get(1).get("created_at").asText())
                .isEqualTo(first.get("edited_at").asText());
        assertThat(history.get(2).get("content").asText()).contains("Third <strong>words</strong>.");
        assertThat(history.get(2).get("spoiler_text").asText()).isEmpty();
        assertThat(history.get(2).get("created_at").asText())
                .isEqualTo(second.get("edited_at").asText());
        for (JsonNode version : history) {
            assertThat(version.get("account").get("id").asText())
                    .isEqualTo(original.get("account").get("id").asText());
            assertThat(version.get("media_attachments").isArray()).isTrue();
            assertThat(version.get("emojis").isArray()).isTrue();
            // Each version still answers the person it answered, once.
            assertThat(version.get("content").asText().split("u-url mention", -1))
                    .hasSize(2);
        }

        JsonNode now = status(answer);
        assertThat(now.get("edited_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(now.get("edited_at").asText())
                .isEqualTo(second.get("edited_at").asText());
        JsonNode inContext = status(post + "/context").get("descendants").get(1);
        assertThat(inContext.get("edited_at").asText())
                .isEqualTo(second.get("edited_at").asText());
        assertThat(status(ids[1] + "/context")
                        .get("descendants")
                        .get(0)
                        .get("edited_at")
                        .asText())
                .isEqualTo(second.get("edited_at").asText());

        // Deleting the answer takes its earlier versions with its content.
        String versions = "select count(*) from answer_version where comment_id = " + Long.parseLong(answer);
        assertThat(tables.count(versions)).isEqualTo(2);
        MastodonApi.Answer deleted = http.method("DELETE", "/api/v1/statuses/" + answer, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        // Delete and redraft gets the Markdown of the last edit, not its flattened text.
        assertThat(deleted.json().get("text").asText()).isEqualTo("@peer Third **words**.");
        assertThat(get("/api/v1/statuses/" + answer + "/history").status()).isEqualTo(404);
        assertThat(tables.count(versions)).isZero();
    }

    /** Edits the answer from the app as mio; the status it answers with. */
    private static JsonNode edit(String answer, String json) {
        MastodonApi.Answer edited = http.method("PUT", "/api/v1/statuses/" + answer, token, "application/json", json);
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("edited_at").isNull()).isFalse();
        return edited.json();
    }

    @Test
    void anEmptyTextSomeoneElsesCommentOrAnUnknownIdIsRefusedAndNothingChanges() {
        String[] ids = answered("Ask then fumble");
        String comment = ids[1];
        String answer = ids[2];
        String before = status(answer).get("content").asText();

        for (MastodonApi.Answer blank : List.of(
                http.method("PUT", "/api/v1/statuses/" + answer, token, "application/json", "{\"status\":\"  \"}"),
                http.method(
                        "PUT",
                        "/api/v1/statuses/" + answer,
                        token,
                        "application/x-www-form-urlencoded",
                        "status=%40peer"))) {
            assertThat(blank.status()).as(blank.raw().body()).isEqualTo(422);
            assertThat(blank.contentType()).startsWith("application/json");
            assertThat(blank.json().get("error").asText()).isEqualTo("Validation failed: Text can't be blank");
        }
        for (String id : List.of(comment, "987654321")) {
            MastodonApi.Answer refused = http.method(
                    "PUT", "/api/v1/statuses/" + id, token, "application/x-www-form-urlencoded", "status=Mine+now");
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.json().get("error").asText()).isEqualTo("Record not found");
        }

        JsonNode after = status(answer);
        assertThat(after.get("content").asText()).isEqualTo(before);
        assertThat(after.get("edited_at").isNull()).isTrue();
        assertThat(ok(get("/api/v1/statuses/" + answer + "/history")).json()).hasSize(1);
        assertThat(tables.count("select count(*) from answer_version where comment_id = " + Long.parseLong(answer)))
                .isZero();
        assertThat(status(comment).get("content").asText())
                .contains("Tell me more")
                .doesNotContain("Mine now");
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Update' and object_uri = ?",
                        server.url("/comments/" + answer)))
                .isZero();
    }
}
