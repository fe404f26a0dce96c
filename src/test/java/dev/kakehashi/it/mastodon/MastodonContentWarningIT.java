package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Content warnings (issue 14): a status posted from an app with {@code spoiler_text} keeps it in
 * the API, folds its text on the blog and in feeds, reaches a Fedify follower as a Note's
 * {@code summary} with {@code sensitive: true}; edits change it and the history keeps each; the
 * admin's form has the field; a warning too long is refused and stores nothing.
 */
class MastodonContentWarningIT extends MastodonStatusFixture {
    static final String WARNING = "Mystery novel spoilers";

    @Test
    void aWarnedStatusIsWarnedInTheApiOnTheBlogInFeedsAndOnTheFollowersServer() {
        MastodonApi.Answer made =
                post("/api/v1/statuses", Map.of("status", "The butler did it", "spoiler_text", WARNING));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();
        assertThat(made.json().get("spoiler_text").asText()).isEqualTo(WARNING);
        assertThat(made.json().get("sensitive").asBoolean()).isTrue();
        assertThat(get("/api/v1/statuses/" + id).json().get("spoiler_text").asText())
                .isEqualTo(WARNING);
        JsonNode source = get("/api/v1/statuses/" + id + "/source").json();
        assertThat(source.get("text").asText()).isEqualTo("The butler did it");
        assertThat(source.get("spoiler_text").asText()).isEqualTo(WARNING);

        WebClient reader = new WebClient(server);
        Document page = reader.get("/posts/" + id).html();
        assertThat(page.select("article details.content-warning > summary").text())
                .isEqualTo(WARNING);
        assertThat(page.select("article details.content-warning").text()).contains("The butler did it");
        assertThat(page.title()).contains("CW: " + WARNING).doesNotContain("butler");
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo("CW: " + WARNING);
        Document home = reader.get("/").html();
        assertThat(home.select(".card details.content-warning > summary").eachText())
                .contains(WARNING);

        Document rss = Jsoup.parse(reader.get("/feed.xml").body(), "", Parser.xmlParser());
        var item = rss.select("item").stream()
                .filter(i -> i.select("guid").text().endsWith("/posts/" + id))
                .findFirst()
                .orElseThrow();
        assertThat(item.select("title").text()).isEqualTo("CW: " + WARNING);
        assertThat(item.select("description").text()).isEqualTo("CW: " + WARNING);
        assertThat(item.select("content|encoded").first().wholeText())
                .startsWith("<details><summary>CW: " + WARNING + "</summary>");
        Document atom = Jsoup.parse(reader.get("/atom.xml").body(), "", Parser.xmlParser());
        assertThat(atom.select("entry > title").eachText()).contains("CW: " + WARNING);

        String object = server.url("/posts/" + id);
        JsonNode note = peer.awaitReceived(
                        a -> "Create".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object),
                        PATIENCE)
                .path("activity")
                .path("object");
        assertThat(note.path("type").asText()).isEqualTo("Note");
        assertThat(note.path("summary").asText()).isEqualTo(WARNING);
        assertThat(note.path("sensitive").asBoolean()).isTrue();
        assertThat(note.path("content").asText()).contains("The butler did it");
        assertThat(peer.rejected()).as("Fedify verified everything").isEmpty();
    }

    @Test
    void anEditChangesTheWarningTheFollowerGetsItAndTheHistoryKeepsEach() {
        MastodonApi.Answer made =
                post("/api/v1/statuses", Map.of("status", "Chapter one", "spoiler_text", "First warning"));
        String id = made.json().get("id").asText();
        String object = server.url("/posts/" + id);

        MastodonApi.Answer edited =
                put("/api/v1/statuses/" + id, token, Map.of("status", "Chapter two", "spoiler_text", "Second warning"));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("spoiler_text").asText()).isEqualTo("Second warning");
        JsonNode update = updateOf(object, "Chapter two");
        assertThat(update.path("summary").asText()).isEqualTo("Second warning");
        assertThat(update.path("sensitive").asBoolean()).isTrue();

        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("spoiler_text").asText()).isEqualTo("First warning");
        assertThat(history.get(1).get("spoiler_text").asText()).isEqualTo("Second warning");
        assertThat(history.get(1).get("sensitive").asBoolean()).isTrue();

        // An app that sends no spoiler_text keeps the warning; a blank one removes it.
        MastodonApi.Answer kept = put("/api/v1/statuses/" + id, token, Map.of("status", "Chapter three"));
        assertThat(kept.json().get("spoiler_text").asText()).isEqualTo("Second warning");
        MastodonApi.Answer cleared =
                put("/api/v1/statuses/" + id, token, Map.of("status", "Chapter four", "spoiler_text", ""));
        assertThat(cleared.status()).as(cleared.raw().body()).isEqualTo(200);
        assertThat(cleared.json().get("spoiler_text").asText()).isEmpty();
        assertThat(cleared.json().get("sensitive").asBoolean()).isFalse();
        JsonNode plain = updateOf(object, "Chapter four");
        assertThat(plain.has("summary")).as(plain.toString()).isFalse();
        assertThat(plain.path("sensitive").asBoolean()).isFalse();
        Document page = new WebClient(server).get("/posts/" + id).html();
        assertThat(page.select("details.content-warning")).isEmpty();
        assertThat(page.select("article .content").text()).contains("Chapter four");
    }

    @Test
    void formAndMultipartBodiesCarryTheWarningToo() {
        MastodonApi.Answer form = http.postForm(
                "/api/v1/statuses", token, Map.of("status", "Sent as a form", "spoiler_text", "Form warning"));
        assertThat(form.status()).as(form.raw().body()).isEqualTo(200);
        assertThat(form.json().get("spoiler_text").asText()).isEqualTo("Form warning");

        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("status", "Sent as multipart");
        parts.put("spoiler_text", "Multipart warning");
        MultipartBody multipart = MultipartBody.of(parts);
        MastodonApi.Answer sent = http.send(http.request("/api/v1/statuses", token)
                .header("Content-Type", multipart.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart.bytes())));
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
        assertThat(sent.json().get("spoiler_text").asText()).isEqualTo("Multipart warning");
        assertThat(sent.json().get("sensitive").asBoolean()).isTrue();
    }

    @Test
    void aScheduledStatusKeepsItsWarningAndDeleteAndRedraftReturnsIt() {
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        MastodonApi.Answer scheduled = post(
                "/api/v1/statuses",
                Map.of("status", "Tomorrow's reveal", "spoiler_text", "Later warning", "scheduled_at", at.toString()));
        assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(200);
        JsonNode params = get("/api/v1/scheduled_statuses/"
                        + scheduled.json().get("id").asText())
                .json()
                .get("params");
        assertThat(params.get("spoiler_text").asText()).isEqualTo("Later warning");
        assertThat(params.get("sensitive").asBoolean()).isTrue();

        MastodonApi.Answer made =
                post("/api/v1/statuses", Map.of("status", "Draft *again*", "spoiler_text", "Redraft warning"));
        String id = made.json().get("id").asText();
        MastodonApi.Answer deleted = http.method("DELETE", "/api/v1/statuses/" + id, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(deleted.json().get("text").asText()).isEqualTo("Draft *again*");
        assertThat(deleted.json().get("spoiler_text").asText()).isEqualTo("Redraft warning");
    }

    @Test
    void aWarningTooLongIsRefusedAndStoresNothing() {
        long before = tables.count("select count(*) from post");
        assertJsonError(post("/api/v1/statuses", Map.of("status", "Short", "spoiler_text", "w".repeat(501))), 422);
        MastodonApi.Answer together =
                post("/api/v1/statuses", Map.of("status", "t".repeat(4800), "spoiler_text", "w".repeat(300)));
        assertJsonError(together, 422);
        assertThat(together.json().get("error").asText()).contains("content warning");
        assertThat(tables.count("select count(*) from post")).isEqualTo(before);

        // An article's summary is its excerpt: it takes no content warning, and stays as it was.
        String article = admin.compose("article", "publish", "title", "Long read", "body", "Many words.");
        assertJsonError(
                put("/api/v1/statuses/" + article, token, Map.of("status", "Changed", "spoiler_text", "No")), 422);
        assertThat(get("/api/v1/statuses/" + article + "/source")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Many words.");
    }

    @Test
    void theAdminFormHasAContentWarningFieldKeptThroughEdits() {
        WebClient.Page compose = admin.get("/admin/posts/new?kind=note");
        assertThat(compose.html().select("label[for=contentWarning]").text()).isEqualTo("Content warning");
        String id = admin.compose("note", "publish", "body", "Admin's secret", "contentWarning", "Admin warning");
        assertThat(get("/api/v1/statuses/" + id).json().get("spoiler_text").asText())
                .isEqualTo("Admin warning");

        WebClient.Page edit = admin.get("/admin/posts/" + id + "/edit");
        assertThat(edit.html().select("input#contentWarning").attr("value")).isEqualTo("Admin warning");
        WebClient.Page saved = admin.postForm(
                "/admin/posts/" + id,
                WebClient.form(
                        "_csrf",
                        edit.csrf(),
                        "kind",
                        "note",
                        "action",
                        "publish",
                        "body",
                        "Admin's secret, edited",
                        "contentWarning",
                        "Admin warning"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode status = get("/api/v1/statuses/" + id).json();
        assertThat(status.get("content").asText()).contains("edited");
        assertThat(status.get("spoiler_text").asText()).isEqualTo("Admin warning");

        WebClient.Page tooLong = admin.postForm(
                "/admin/posts/" + id,
                WebClient.form(
                        "_csrf",
                        edit.csrf(),
                        "kind",
                        "note",
                        "action",
                        "publish",
                        "body",
                        "Defaced",
                        "contentWarning",
                        "w".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html()
                        .select("#contentWarning + p.hint + p.field-error")
                        .text())
                .isEqualTo("Content warning must be at most 500 characters");
        assertThat(get("/api/v1/statuses/" + id).json().get("content").asText()).contains("edited");
    }

    static JsonNode updateOf(String object, String text) {
        return peer.awaitReceived(
                        a -> "Update".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object)
                                && a.path("activity")
                                        .path("object")
                                        .path("content")
                                        .asText()
                                        .contains(text),
                        PATIENCE)
                .path("activity")
                .path("object");
    }
}
