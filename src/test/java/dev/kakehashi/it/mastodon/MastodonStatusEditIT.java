package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editing a status from a Mastodon app: the edit (its text, images, sensitivity and language) reaches
 * a Fedify follower, the blog page and the history; bad edits change nothing; an article's card is its
 * permalink.
 */
class MastodonStatusEditIT extends MastodonStatusFixture {
    @Test
    void anEditReachesTheFollowerTheBlogPageAndTheHistory() {
        String id = status("First words of the day");
        String object = server.url("/posts/" + id);
        peer.awaitReceived(
                a -> "Create".equals(a.path("type").asText())
                        && a.path("activity").path("object").path("id").asText().equals(object),
                PATIENCE);
        assertThat(get("/api/v1/statuses/" + id).json().get("edited_at").isNull())
                .isTrue();

        MastodonApi.Answer edited = put("/api/v1/statuses/" + id, token, Map.of("status", "Second words, #better"));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("content").asText()).contains("Second words");
        assertThat(edited.json().get("edited_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(edited.json().get("tags").get(0).get("name").asText()).isEqualTo("better");

        JsonNode update = peer.awaitReceived(
                        a -> "Update".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object),
                        PATIENCE)
                .path("activity");
        assertThat(update.path("object").path("content").asText()).contains("Second words");
        assertThat(update.path("object").path("updated").asText()).isNotBlank();

        String page = new WebClient(server).get("/posts/" + id).body();
        assertThat(page).contains("Second words").doesNotContain("First words of the day");

        MastodonApi.Answer history = http.get("/api/v1/statuses/" + id + "/history", null);
        assertThat(history.status()).as(history.raw().body()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(0).get("content").asText()).contains("First words of the day");
        assertThat(history.json().get(1).get("content").asText()).contains("Second words");
        assertThat(history.json().get(1).get("account").get("username").asText())
                .isEqualTo("mio");
        assertThat(history.json().get(0).get("media_attachments").isArray()).isTrue();
        assertThat(http.get("/api/v1/statuses/" + id + "/source", token)
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Second words, #better");

        // An edit in the admin is one more version.
        var form = admin.get("/admin/posts/" + id + "/edit");
        var saved = admin.postForm(
                "/admin/posts/" + id,
                WebClient.form(
                        "_csrf", form.csrf(), "kind", "note", "action", "publish", "body", "Third, from the admin"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode three = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(three).hasSize(3);
        assertThat(three.get(2).get("content").asText()).contains("Third, from the admin");
    }

    @Test
    void anEditSwapsTheImagesAndDescribesThemAndTheHistoryKeepsTheOldOnes() {
        String sea = upload("sea.png");
        String sky = upload("sky.png");
        MastodonApi.Answer made = post("/api/v1/statuses", Map.of("status", "A picture", "media_ids", List.of(sea)));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();

        MastodonApi.Answer edited = put(
                "/api/v1/statuses/" + id,
                token,
                Map.of(
                        "status",
                        "Another picture",
                        "media_ids",
                        List.of(sky),
                        "media_attributes",
                        List.of(Map.of("id", sky, "description", "The sky at noon"))));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        JsonNode media = edited.json().get("media_attachments");
        assertThat(ids(media)).containsExactly(sky);
        assertThat(media.get(0).get("description").asText()).isEqualTo("The sky at noon");

        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(ids(history.get(0).get("media_attachments"))).containsExactly(sea);
        assertThat(ids(history.get(1).get("media_attachments"))).containsExactly(sky);
        // Text alone keeps the images.
        assertThat(ids(put("/api/v1/statuses/" + id, token, Map.of("status", "Same picture"))
                        .json()
                        .get("media_attachments")))
                .containsExactly(sky);
    }

    static String upload(String name) {
        MultipartBody body =
                MultipartBody.of(Map.of("file", new WebClient.FilePart(name, "image/png", MastodonMediaIT.png(60))));
        MastodonApi.Answer a = http.send(http.request("/api/v1/media", token)
                .header("Content-Type", body.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    @Test
    void anEditChangesSensitivityAndLanguageForAppsTheFollowerAndTheHistory() {
        String id = status("Words in English, a picture below");
        String object = server.url("/posts/" + id);
        MastodonApi.Answer edited = put(
                "/api/v1/statuses/" + id,
                token,
                Map.of("status", "Des mots en français", "sensitive", true, "language", "fr"));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("sensitive").asBoolean()).isTrue();
        assertThat(edited.json().get("language").asText()).isEqualTo("fr");

        JsonNode update = peer.awaitReceived(
                        a -> "Update".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object),
                        PATIENCE)
                .path("activity")
                .path("object");
        assertThat(update.path("sensitive").asBoolean()).isTrue();
        assertThat(update.path("contentMap").has("fr")).as(update.toString()).isTrue();

        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("sensitive").asBoolean())
                .as("as first published")
                .isFalse();
        assertThat(history.get(1).get("sensitive").asBoolean()).isTrue();

        // An edit that names neither keeps both.
        MastodonApi.Answer again = put("/api/v1/statuses/" + id, token, Map.of("status", "Encore des mots"));
        assertThat(again.json().get("sensitive").asBoolean()).isTrue();
        assertThat(again.json().get("language").asText()).isEqualTo("fr");
        assertJsonError(
                put("/api/v1/statuses/" + id, token, Map.of("status", "Bad", "language", "not a language")), 422);
    }

    @Test
    void aNeverEditedStatusHasItselfAsItsHistory() {
        String id = status("Just once");
        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("content").asText()).contains("Just once");
    }

    @Test
    void badEditsAreJsonErrorsAndChangeNothing() {
        String id = status("Stays as it is");
        assertJsonError(put("/api/v1/statuses/" + id, writerToken, Map.of("status", "Defaced")), 404);
        assertJsonError(put("/api/v1/statuses/987654321", token, Map.of("status", "Nothing")), 404);
        assertJsonError(put("/api/v1/statuses/nope", token, Map.of("status", "Nothing")), 404);
        assertJsonError(put("/api/v1/statuses/" + id, token, Map.of("status", "")), 422);
        assertJsonError(
                put("/api/v1/statuses/" + id, token, Map.of("status", "Hidden", "spoiler_text", "w".repeat(501))), 422);
        assertJsonError(
                put("/api/v1/statuses/" + id, token, Map.of("status", "Private now", "visibility", "private")), 422);
        assertJsonError(put("/api/v1/statuses/" + id, null, Map.of("status", "Anonymous")), 401);
        // The writer's own post is theirs alone, even for the blog's admin.
        MastodonApi.Answer theirs =
                http.postJson("/api/v1/statuses", writerToken, Map.of("status", "The writer's words"));
        assertJsonError(
                put("/api/v1/statuses/" + theirs.json().get("id").asText(), token, Map.of("status", "Admin's")), 404);

        JsonNode now = get("/api/v1/statuses/" + id).json();
        assertThat(now.get("content").asText()).contains("Stays as it is");
        assertThat(now.get("edited_at").isNull()).isTrue();
        assertThat(now.get("spoiler_text").asText()).isEmpty();
        assertThat(now.get("visibility").asText()).isEqualTo("public");
        assertThat(get("/api/v1/statuses/" + id + "/history").json()).hasSize(1);
        // Other routes still answer beside the new ones.
        assertThat(http.get("/api/v1/instance", null).status()).isEqualTo(200);
    }

    @Test
    void anArticlesCardIsItsPermalinkAndAShortPostHasNone() {
        String article = admin.compose("article", "publish", "title", "A card for this", "body", "Long words.");
        MastodonApi.Answer card = http.get("/api/v1/statuses/" + article + "/card", null);
        assertThat(card.status()).as(card.raw().body()).isEqualTo(200);
        assertThat(card.json().get("title").asText()).isEqualTo("A card for this");
        assertThat(card.json().get("url").asText()).startsWith(server.baseUrl()).contains("a-card-for-this");

        // From an app, an article's text is its body Markdown: the title, slug and card stay.
        assertThat(get("/api/v1/statuses/" + article + "/source")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Long words.");
        MastodonApi.Answer edited =
                put("/api/v1/statuses/" + article, token, Map.of("status", "Longer words, *edited* from an app."));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("card").get("title").asText()).isEqualTo("A card for this");
        String permalink = card.json().get("url").asText();
        String page = new WebClient(server)
                .get(permalink.substring(server.baseUrl().length()))
                .body();
        assertThat(page).contains("A card for this").contains("<em>edited</em>").doesNotContain("Long words.");
        assertThat(get("/api/v1/statuses/" + article + "/history")
                        .json()
                        .get(0)
                        .get("content")
                        .asText())
                .contains("<strong>A card for this</strong>")
                .contains("Long words.");

        MastodonApi.Answer none = http.get("/api/v1/statuses/" + status("No card here") + "/card", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().size()).isZero();
        assertJsonError(http.get("/api/v1/statuses/987654321/card", null), 404);
    }
}
