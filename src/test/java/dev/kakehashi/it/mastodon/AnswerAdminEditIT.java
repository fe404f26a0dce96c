package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An author edits their answer to a comment in the admin (issue 14): the Edit beside it in the
 * moderation list and after answering, a CSRF-protected form with its text, and the same edit as
 * an app's: the blog page shows the new text marked edited, {@code /history} keeps the earlier one,
 * and the follower gets the Update. An empty text is the form again with 400, another author gets
 * 403, and none of them stores anything.
 */
class AnswerAdminEditIT extends MastodonCommentsFixture {

    @Test
    void theAuthorEditsTheirAnswerInTheAdminAndTheFollowerGetsTheUpdate() {
        mio.followedBy(peer);
        String[] ids = answered("Ask then edit in the admin");
        String post = ids[0];
        String comment = ids[1];
        String answer = ids[2];

        Document published = admin.get("/admin/comments?status=published").html();
        assertThat(published.select("li[data-comment=" + answer + "] a.edit").attr("href"))
                .isEqualTo("/admin/comments/" + answer + "/edit");
        assertThat(published.select("li[data-comment=" + comment + "] a.edit")).isEmpty();
        var answeredPage = admin.get("/admin/comments/" + comment + "/reply?answered=" + answer);
        assertThat(answeredPage.html().select("a.edit").attr("href")).isEqualTo("/admin/comments/" + answer + "/edit");

        WebClient.Page form = admin.get("/admin/comments/" + answer + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()
                        .selectFirst("form#answer-edit textarea[name=body]")
                        .text())
                .isEqualTo("Here is more.");
        WebClient.Page saved = admin.postForm(
                "/admin/comments/" + answer + "/edit",
                WebClient.form("_csrf", form.csrf(), "body", "Now it is **better**."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/admin/comments/" + answer + "/edit?saved=1");
        assertThat(admin.get("/admin/comments/" + answer + "/edit?saved=1")
                        .html()
                        .select("p.notice")
                        .text())
                .contains("Answer saved");

        Element onTheBlog = new WebClient(server).get("/posts/" + post).html().getElementById("comment-" + answer);
        assertThat(onTheBlog.select(".comment-content").text())
                .contains("Now it is better.")
                .doesNotContain("Here is more.");
        assertThat(onTheBlog.select(".edited").text()).startsWith("(edited");
        assertThat(onTheBlog.select(".edited time").attr("datetime")).isNotBlank();

        JsonNode now = status(answer);
        assertThat(now.get("content").asText()).contains("<strong>better</strong>");
        assertThat(now.get("edited_at").isNull()).isFalse();
        JsonNode history = ok(get("/api/v1/statuses/" + answer + "/history")).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("content").asText()).contains("Here is more.");
        assertThat(history.get(1).get("content").asText()).contains("<strong>better</strong>");
        assertThat(history.get(1).get("created_at").asText())
                .isEqualTo(now.get("edited_at").asText());

        String answerUri = server.url("/comments/" + answer);
        JsonNode update = peer.awaitReceived(
                a -> "Update".equals(a.get("type").asText())
                        && answerUri.equals(
                                a.get("activity").get("object").get("id").asText()),
                AppAuthor.PATIENCE);
        JsonNode note = update.get("activity").get("object");
        assertThat(update.get("actor").asText()).isEqualTo(authorActor);
        assertThat(note.get("content").asText()).contains("<strong>better</strong>");
        // ActivityPub dates are written to the second, as Mastodon writes them.
        assertThat(Instant.parse(note.get("updated").asText()))
                .isEqualTo(Instant.parse(now.get("edited_at").asText()).truncatedTo(ChronoUnit.SECONDS));
        assertThat(update.get("activity").get("cc").toString()).contains(authorActor + "/followers");

        // Deleting the answer in the moderation queue takes its earlier version with its content.
        String versions = "select count(*) from answer_version where comment_id = " + Long.parseLong(answer);
        assertThat(tables.count(versions)).isEqualTo(1);
        WebClient.Page deleted = admin.postForm(
                "/admin/comments/" + answer + "/delete",
                WebClient.form("_csrf", admin.get("/admin/comments").csrf(), "tab", "published"));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(tables.count(versions)).isZero();
    }

    @Test
    void theFormAndSourceStartFromTheMarkdownAsWrittenSoASmallChangeKeepsItsFormatting() {
        String written = "First, read [the guide](https://example.org/guide).\n\nThen it is **easy**.";
        String[] ids = answered("Ask for formatting", written);
        String post = ids[0];
        String answer = ids[2];
        String path = "/admin/comments/" + answer + "/edit";

        WebClient.Page form = admin.get(path);
        assertThat(form.html().selectFirst("textarea[name=body]").wholeText()).isEqualTo(written);
        assertThat(form.html().select("#body-hint").text())
                .startsWith("Markdown.")
                .doesNotContain("formatting");
        assertThat(ok(get("/api/v1/statuses/" + answer + "/source"))
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo(written);

        String changed = written.replace("it is", "it is quite");
        WebClient.Page saved = admin.postForm(path, WebClient.form("_csrf", form.csrf(), "body", changed));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        Element onTheBlog = new WebClient(server)
                .get("/posts/" + post)
                .html()
                .getElementById("comment-" + answer)
                .selectFirst(".comment-content");
        assertFormatted(onTheBlog);
        assertThat(onTheBlog.text()).contains("Then it is quite easy.");
        Element inTheApp =
                Jsoup.parseBodyFragment(status(answer).get("content").asText()).body();
        assertFormatted(inTheApp);
        assertThat(inTheApp.text()).contains("Then it is quite easy.");
        assertThat(ok(get("/api/v1/statuses/" + answer + "/source"))
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo(changed);
        assertThat(admin.get(path).html().selectFirst("textarea[name=body]").wholeText())
                .isEqualTo(changed);
    }

    /** Two paragraphs (the mention of the person answered leads the first), the link and the bold. */
    private static void assertFormatted(Element content) {
        assertThat(content.select("p")).hasSize(2);
        assertThat(content.select("a[href=https://example.org/guide]").text()).isEqualTo("the guide");
        assertThat(content.select("p").get(1).select("strong").text()).isEqualTo("easy");
    }

    @Test
    void anAnswerOlderThanItsKeptMarkdownStartsFromItsTextAndSaysSo() {
        String[] ids = answered("Ask before Markdown was kept", "Plain **old** words.");
        String answer = ids[2];
        // As every answer written before V105 is stored: its HTML alone.
        assertThat(tables.update(
                        "update post_comment set content_markdown = null where id = ?", Long.parseLong(answer)))
                .isEqualTo(1);

        Document form = admin.get("/admin/comments/" + answer + "/edit").html();
        assertThat(form.selectFirst("textarea[name=body]").wholeText()).isEqualTo("Plain old words.");
        assertThat(form.select("#body-hint").text()).contains("formatting lost");
        assertThat(ok(get("/api/v1/statuses/" + answer + "/source"))
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("@peer Plain old words.");
    }

    @Test
    void anEmptyTextIsTheFormAgainWith400AndNothingIsStored() {
        String[] ids = answered("Ask then blank the answer");
        String answer = ids[2];
        String before = status(answer).get("content").asText();
        String path = "/admin/comments/" + answer + "/edit";

        WebClient.Page blank =
                admin.postForm(path, WebClient.form("_csrf", admin.get(path).csrf(), "body", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.html().selectFirst("form#answer-edit")).isNotNull();
        assertThat(blank.html().select("#body-error").text()).isEqualTo("Text can't be blank");
        assertThat(blank.html().select("textarea[name=body]").attr("aria-invalid"))
                .isEqualTo("true");
        // Without the form's token nothing is saved either.
        assertThat(admin.postForm(path, WebClient.form("body", "Sneaked in")).status())
                .isEqualTo(403);

        assertNothingStored(answer, before);
    }

    @Test
    void anotherAuthorCannotEditTheAnswerAndNothingIsStored() {
        String[] ids = answered("Ask then let someone else try");
        String comment = ids[1];
        String answer = ids[2];
        String before = status(answer).get("content").asText();
        AdminPages.addAuthor(admin, "ren", "author", "ren-password-1");
        WebClient ren = new WebClient(server).logIn("ren", "ren-password-1");
        String path = "/admin/comments/" + answer + "/edit";

        assertThat(ren.get(path).status()).isEqualTo(403);
        String csrf = ren.get("/admin/posts/new").csrf();
        assertThat(ren.postForm(path, WebClient.form("_csrf", csrf, "body", "Mine now"))
                        .status())
                .isEqualTo(403);
        // What is no answer is no answer to edit, for anyone.
        for (String id : List.of(comment, "987654321")) {
            assertThat(admin.get("/admin/comments/" + id + "/edit").status()).isEqualTo(404);
        }

        assertNothingStored(answer, before);
        assertThat(status(comment).get("content").asText()).doesNotContain("Mine now");
    }

    private static void assertNothingStored(String answer, String before) {
        JsonNode after = status(answer);
        assertThat(after.get("content").asText()).isEqualTo(before);
        assertThat(after.get("edited_at").isNull()).isTrue();
        assertThat(ok(get("/api/v1/statuses/" + answer + "/history")).json()).hasSize(1);
        assertThat(tables.count("select count(*) from answer_version where comment_id = " + Long.parseLong(answer)))
                .isZero();
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Update' and object_uri = ?",
                        server.url("/comments/" + answer)))
                .isZero();
    }
}
