package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A poll composed in the admin: the compose form makes, checks, keeps and removes a poll as an app
 * does, the blog page shows it and the Fedify follower receives it as a Question.
 */
class AdminPollsIT extends PollsFixture {
    /** The admin's compose form of a short post with a poll, as a browser submits it. */
    private static dev.kakehashi.it.WebClient.Page composePoll(String body, String expiresIn, String... options) {
        var compose = fx.admin.get("/admin/posts/new?kind=note");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", compose.csrf());
        form.put("kind", "note");
        form.put("action", "publish");
        form.put("body", body);
        form.put("visibility", "public");
        for (int i = 1; i <= 4; i++) {
            form.put("pollOption" + i, i <= options.length ? options[i - 1] : "");
        }
        form.put("pollExpiresIn", expiresIn);
        form.put("pollMultiple", "on");
        return fx.admin.postForm("/admin/posts", form);
    }

    @Test
    void aPollComposedInTheAdminIsCheckedShownOnThePageFederatedAsAQuestionAndKeptByAnEdit() {
        var page = fx.admin.get("/admin/posts/new?kind=note").html();
        assertThat(page.select("label").eachText())
                .contains("Choice 1", "Choice 4", "Open for", "Allow several choices");
        assertThat(page.select("select[name=pollExpiresIn] option").eachAttr("value"))
                .startsWith("300")
                .endsWith("2629746");
        assertThat(page.select("select[name=pollExpiresIn] option[selected]").text())
                .isEqualTo("1 day");

        // Refused with the API's words, in the form, which keeps what was typed; nothing is stored.
        long posts = fx.tables.count("select count(*) from post");
        long polls = fx.tables.count("select count(*) from poll");
        var one = composePoll("Only one?", "3600", "Alone");
        assertThat(one.status()).isEqualTo(422);
        assertThat(one.html().select(".poll-fields .field-error").text())
                .isEqualTo("Poll options must have more than one item");
        assertThat(one.html().select("input[name=pollOption1]").attr("value")).isEqualTo("Alone");
        assertThat(one.html().select("textarea[name=body]").text()).isEqualTo("Only one?");
        assertThat(composePoll("Long?", "3600", "x".repeat(51), "y")
                        .html()
                        .select(".poll-fields .field-error")
                        .text())
                .contains("cannot be longer than 50 characters");
        assertThat(composePoll("Soon?", "60", "a", "b")
                        .html()
                        .select(".poll-fields .field-error")
                        .text())
                .contains("too soon");
        assertThat(composePoll("Never?", "nope", "a", "b").status()).isEqualTo(422);
        assertThat(fx.tables.count("select count(*) from post")).isEqualTo(posts);
        assertThat(fx.tables.count("select count(*) from poll")).isEqualTo(polls);

        var made = composePoll("Spring or autumn?", "3600", "Spring", "Autumn", "", "");
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        String id = made.header("Location").replaceAll(".*/admin/posts/(\\d+)/edit.*", "$1");
        JsonNode poll = fx.http.get("/api/v1/statuses/" + id, fx.ren).json().path("poll");
        assertThat(titles(poll.path("options"))).containsExactly("Spring=0", "Autumn=0");
        assertThat(poll.path("multiple").asBoolean()).isTrue();
        Instant ends = Instant.parse(poll.path("expires_at").asText());
        assertThat(ends)
                .isBetween(Instant.now().plusSeconds(3000), Instant.now().plusSeconds(3700));

        // The follower gets a Question whose choices are anyOf (several may be chosen).
        String uri = fx.server.url("/posts/" + id);
        JsonNode question = createdObject(uri);
        assertThat(question.path("type").asText()).isEqualTo("Question");
        assertThat(question.path("anyOf").findValuesAsText("name")).containsExactly("Spring", "Autumn");

        // The blog page shows it; an app votes; the edit page shows the choices and an edit keeps the votes.
        assertThat(fx.http.get("/posts/" + id, null).raw().body()).contains("class=\"poll\"", "Spring", "Autumn");
        pollPy("vote", fx.ren, poll.path("id").asText(), "1");
        var edit = fx.admin.get("/admin/posts/" + id + "/edit");
        var form = edit.html();
        assertThat(form.select("input[name=pollOption1]").attr("value")).isEqualTo("Spring");
        assertThat(form.select("input[name=pollOption2]").attr("value")).isEqualTo("Autumn");
        assertThat(form.select("input[name=pollMultiple]").hasAttr("checked")).isTrue();
        // The poll's own duration is preselected, not the default day, so saving it unchanged keeps it.
        assertThat(form.select("select[name=pollExpiresIn] option[selected]").eachText())
                .containsExactly("1 hour");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("#compose input[name], #compose textarea[name], #compose select[name]")
                .forEach(e -> {
                    boolean box = "checkbox".equals(e.attr("type"));
                    if (box && !e.hasAttr("checked")) {
                        return;
                    }
                    String value = e.tagName().equals("textarea")
                            ? e.text()
                            : e.tagName().equals("select")
                                    ? e.select("option[selected]").attr("value")
                                    : e.attr("value");
                    fields.put(e.attr("name"), value);
                });
        fields.put("body", "Spring or autumn? Edited");
        fields.put("action", "publish");
        var updated = fx.admin.postForm("/admin/posts/" + id, fields);
        assertThat(updated.status()).as(updated.body()).isEqualTo(303);
        JsonNode kept = fx.http.get("/api/v1/statuses/" + id, fx.ren).json();
        assertThat(kept.path("content").asText()).contains("Edited");
        assertThat(titles(kept.path("poll").path("options"))).containsExactly("Spring=0", "Autumn=1");
        // New choices open the poll again, for the duration the form showed: still an hour.
        fields.put("pollOption3", "Winter");
        fields.put("_csrf", fx.admin.get("/admin/posts/" + id + "/edit").csrf());
        assertThat(fx.admin.postForm("/admin/posts/" + id, fields).status()).isEqualTo(303);
        JsonNode reopened = fx.http.get("/api/v1/statuses/" + id, fx.ren).json().path("poll");
        assertThat(titles(reopened.path("options"))).containsExactly("Spring=0", "Autumn=0", "Winter=0");
        assertThat(Instant.parse(reopened.path("expires_at").asText()))
                .isBetween(Instant.now().plusSeconds(3000), Instant.now().plusSeconds(3700));
        assertThat(fx.admin
                        .get("/admin/posts/" + id + "/edit")
                        .html()
                        .select("select[name=pollExpiresIn] option[selected]")
                        .eachText())
                .containsExactly("1 hour");

        // A draft's poll starts when the draft is published, however long ago it was saved.
        var draftForm = new java.util.LinkedHashMap<>(Map.of(
                "_csrf", fx.admin.get("/admin/posts/new?kind=note").csrf(),
                "kind", "note",
                "action", "draft",
                "body", "Saved for later",
                "pollOption1", "Now",
                "pollOption2", "Later",
                "pollExpiresIn", "3600"));
        var draft = fx.admin.postForm("/admin/posts", draftForm);
        assertThat(draft.status()).as(draft.body()).isEqualTo(303);
        String draftId = draft.header("Location").replaceAll(".*/admin/posts/(\\d+)/edit.*", "$1");
        fx.tables.update(
                "update poll set expires_at = ? where post_id = ?",
                Timestamp.from(Instant.now().minusSeconds(86_400)),
                Long.parseLong(draftId));
        draftForm.put("_csrf", fx.admin.get("/admin/posts/" + draftId + "/edit").csrf());
        draftForm.put("action", "publish");
        assertThat(fx.admin.postForm("/admin/posts/" + draftId, draftForm).status())
                .isEqualTo(303);
        JsonNode opened =
                fx.http.get("/api/v1/statuses/" + draftId, fx.ren).json().path("poll");
        assertThat(opened.path("expired").asBoolean()).isFalse();
        assertThat(Instant.parse(opened.path("expires_at").asText()))
                .isAfter(Instant.now().plusSeconds(3000));

        // Blanking every choice removes the poll, as an app's edit without one does.
        for (int i = 1; i <= 4; i++) {
            fields.put("pollOption" + i, "");
        }
        fields.put("_csrf", fx.admin.get("/admin/posts/" + id + "/edit").csrf());
        assertThat(fx.admin.postForm("/admin/posts/" + id, fields).status()).isEqualTo(303);
        assertThat(fx.http
                        .get("/api/v1/statuses/" + id, fx.ren)
                        .json()
                        .path("poll")
                        .isNull())
                .isTrue();
    }
}
