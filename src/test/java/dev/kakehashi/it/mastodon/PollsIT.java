package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Polls end to end: Mastodon.py and masto.js post them and vote in them, a Fedify follower gets a
 * Question and votes with a note that never shows as a comment, the counts reach it in one Update,
 * the blog page shows the results, the job
 * closes the poll when its time is up (the test moves the end into the past) and tells the author
 * and the voters; a Question from a followed Fedify account becomes a poll our author votes in; the
 * admin's compose form makes, checks, keeps and removes a poll as an app does; a reply with a poll,
 * to a comment or to a post it mentions nobody in, keeps its poll in the thread and on the wire.
 */
class PollsIT {
    static FollowedPeerBlog fx;

    @BeforeAll
    static void start() {
        MastodonClients.requireMastodonPy();
        fx = FollowedPeerBlog.start("Polls IT");
        fx.peer.follow(fx.mioActor);
        fx.peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), FollowedPeerBlog.PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (fx != null) fx.close();
    }

    private static JsonNode pollPy(String step, String token, String... args) {
        List<String> cmd = new ArrayList<>(List.of(MastodonClients.PYTHON, "mastodon_py_polls.py", step));
        cmd.add(fx.server.baseUrl());
        cmd.add(token);
        cmd.addAll(List.of(args));
        return MastodonClients.run(cmd, Map.of(), null).ok().json();
    }

    private static List<String> titles(JsonNode options) {
        List<String> out = new ArrayList<>();
        options.forEach(o ->
                out.add(o.path("title").asText() + "=" + o.path("votes_count").asText()));
        return out;
    }

    @Test
    void instanceAdvertisesThePollLimitsItEnforces() {
        for (String path : List.of("/api/v1/instance", "/api/v2/instance")) {
            JsonNode polls =
                    fx.http.get(path, null).json().path("configuration").path("polls");
            assertThat(polls.path("max_options").asInt()).isEqualTo(4);
            assertThat(polls.path("max_characters_per_option").asInt()).isEqualTo(50);
            assertThat(polls.path("min_expiration").asInt()).isEqualTo(300);
            assertThat(polls.path("max_expiration").asInt()).isEqualTo(2_629_746);
        }
    }

    @Test
    void aPollFromMastodonPyGetsVotesFromAppsAndTheFediverseAndClosesOnTime() {
        JsonNode posted = pollPy("post", fx.mio, "Tea or coffee?", "3600", "0", "Tea", "Coffee");
        String statusId = posted.path("id").asText();
        String pollId = posted.path("poll").path("id").asText();
        assertThat(titles(posted.path("poll").path("options"))).containsExactly("Tea=0", "Coffee=0");
        assertThat(posted.path("poll").path("expired").asBoolean()).isFalse();
        String uri = fx.http
                .get("/api/v1/statuses/" + statusId, fx.mio)
                .json()
                .path("uri")
                .asText();

        // The follower gets a Question with the options and their counts.
        JsonNode question = createdObject(uri);
        assertThat(question.path("type").asText()).isEqualTo("Question");
        assertThat(question.path("oneOf").findValuesAsText("name")).containsExactly("Tea", "Coffee");
        assertThat(question.path("endTime").asText()).isNotBlank();

        // An app votes; its second vote, a vote in one's own poll and a choice that is not there are refused.
        JsonNode voted = pollPy("vote", fx.ren, pollId, "1");
        assertThat(titles(voted.path("options"))).containsExactly("Tea=0", "Coffee=1");
        assertThat(voted.path("voted").asBoolean()).isTrue();
        assertThat(voted.path("own_votes").toString()).isEqualTo("[1]");
        JsonNode again = pollPy("vote", fx.ren, pollId, "0");
        assertThat(again.path("status").asInt()).isEqualTo(422);
        assertThat(again.path("error").asText()).contains("You have already voted on this poll");
        assertThat(pollPy("vote", fx.mio, pollId, "0").path("error").asText())
                .contains("You cannot vote in your own polls");
        assertThat(pollPy("vote", fx.ren, pollId, "7").path("error").asText())
                .contains("The chosen vote option does not exist");

        // The Fedify reader votes with a note naming the option: counted, not a comment.
        Map<String, Object> vote = new java.util.LinkedHashMap<>();
        vote.put("type", "Note");
        vote.put("id", fx.peer.baseUrl() + "/votes/" + System.nanoTime());
        vote.put("attributedTo", fx.peer.actorUrl());
        vote.put("name", "Tea");
        vote.put("inReplyTo", uri);
        vote.put("to", List.of(fx.mioActor));
        assertThat(fx.peer.create(fx.mioActor, vote).status()).isBetween(200, 299);
        fx.server.runDueJobs();
        JsonNode shown = pollPy("show", fx.mio, pollId);
        assertThat(titles(shown.path("options"))).containsExactly("Tea=1", "Coffee=1");
        assertThat(shown.path("voters_count").asInt()).isEqualTo(2);
        JsonNode status = fx.http.get("/api/v1/statuses/" + statusId, fx.mio).json();
        assertThat(status.path("replies_count").asInt()).isZero();
        // The blog page shows the results, with their shares.
        String page = fx.http.get("/posts/" + statusId, null).raw().body();
        assertThat(page).contains("class=\"poll\"", "Tea", "Coffee", "50%", "2 people");
        assertThat(fx.http
                        .get("/api/v1/statuses/" + statusId + "/context", fx.mio)
                        .json()
                        .path("descendants")
                        .size())
                .isZero();

        // Two votes, one Update, once its delay is over (moved into the past here).
        fx.tables.update(
                "update poll set update_due_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                Long.parseLong(pollId));
        fx.server.runDueJobs();
        JsonNode update = fx.peer.awaitReceived(
                a -> "Update".equals(a.path("type").asText())
                        && uri.equals(
                                a.path("activity").path("object").path("id").asText()),
                FollowedPeerBlog.PATIENCE);
        JsonNode counted = update.path("activity").path("object");
        assertThat(counted.path("oneOf").findValuesAsText("totalItems")).containsExactly("1", "1");
        assertThat(counted.path("votersCount").asInt()).isEqualTo(2);
        fx.server.runDueJobs();
        assertThat(updatesOf(uri)).isEqualTo(1);

        // Its time is up: the job closes it, sends the final counts, and tells the author and the voter.
        fx.tables.update(
                "update poll set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                Long.parseLong(pollId));
        fx.server.runDueJobs();
        fx.peer.awaitReceived(
                a -> "Update".equals(a.path("type").asText())
                        && a.path("activity").path("object").has("closed")
                        && uri.equals(
                                a.path("activity").path("object").path("id").asText()),
                FollowedPeerBlog.PATIENCE);
        assertThat(pollPy("show", fx.ren, pollId).path("expired").asBoolean()).isTrue();
        assertThat(pollPy("vote", fx.ren, pollId, "0").path("error").asText()).contains("The poll has already ended");
        for (String token : List.of(fx.mio, fx.ren)) {
            JsonNode notes =
                    fx.http.get("/api/v1/notifications?types[]=poll", token).json();
            assertThat(notes.size()).as(notes.toString()).isEqualTo(1);
            assertThat(notes.get(0).path("status").path("id").asText()).isEqualTo(statusId);
        }
    }

    @Test
    void badPollsAreRefusedWithMastodonsWordsAndAFormPollFromTootsShapeWorks() {
        assertThat(refusal(Map.of("status", "One?", "poll", Map.of("options", List.of("Only"), "expires_in", 600))))
                .contains("Poll options must have more than one item");
        assertThat(refusal(Map.of(
                        "status",
                        "Five?",
                        "poll",
                        Map.of("options", List.of("a", "b", "c", "d", "e"), "expires_in", 600))))
                .contains("can't contain more than 4 items");
        assertThat(refusal(Map.of(
                        "status", "Long?", "poll", Map.of("options", List.of("x".repeat(51), "b"), "expires_in", 600))))
                .contains("cannot be longer than 50 characters");
        assertThat(refusal(Map.of("status", "Soon?", "poll", Map.of("options", List.of("a", "b"), "expires_in", 60))))
                .contains("too soon");
        assertThat(refusal(Map.of("status", "Twice?", "poll", Map.of("options", List.of("a", "a"), "expires_in", 600))))
                .contains("duplicate");
        assertThat(refusal(Map.of(
                        "status",
                        "Media?",
                        "media_ids",
                        List.of("1"),
                        "poll",
                        Map.of("options", List.of("a", "b"), "expires_in", 600))))
                .contains("Cannot attach files to a post with a poll");
        assertThat(fx.http.get("/api/v1/polls/123456", fx.mio).status()).isEqualTo(404);
        assertThat(fx.http.get("/api/v1/polls/nope", fx.mio).status()).isEqualTo(404);

        var form = fx.http.method(
                "POST",
                "/api/v1/statuses",
                fx.mio,
                "application/x-www-form-urlencoded",
                "status=Form+poll&poll%5Boptions%5D%5B%5D=Left&poll%5Boptions%5D%5B%5D=Right"
                        + "&poll%5Bexpires_in%5D=600&poll%5Bmultiple%5D=1");
        assertThat(form.status()).as(form.raw().body()).isEqualTo(200);
        String pollId = form.json().path("poll").path("id").asText();
        assertThat(form.json().path("poll").path("multiple").asBoolean()).isTrue();
        var several = fx.http.postForm("/api/v1/polls/" + pollId + "/votes", fx.ren, Map.of("choices[]", "x"));
        assertThat(several.status()).isEqualTo(422);
        assertThat(several.json().path("error").asText()).contains("does not exist");
    }

    @Test
    void aSingleChoicePollTakesOneChoiceAndAMultipleOneSeveral() {
        String single = pollPy("post", fx.mio, "One only", "600", "0", "A", "B", "C")
                .path("poll")
                .path("id")
                .asText();
        assertThat(pollPy("vote", fx.ren, single, "0", "2").path("error").asText())
                .contains("You have already voted on this poll");
        assertThat(pollPy("show", fx.ren, single).path("voted").asBoolean()).isFalse();
        String multiple = pollPy("post", fx.mio, "Any", "600", "1", "A", "B", "C")
                .path("poll")
                .path("id")
                .asText();
        JsonNode voted = pollPy("vote", fx.ren, multiple, "0", "2");
        assertThat(titles(voted.path("options"))).containsExactly("A=1", "B=0", "C=1");
        assertThat(voted.path("voters_count").asInt()).isEqualTo(1);
        assertThat(voted.path("votes_count").asInt()).isEqualTo(2);
    }

    @Test
    void mastoJsPostsAMultipleChoicePollAndVotesInIt() {
        MastodonClients.requireNodeClients();
        JsonNode out = MastodonClients.node(
                        "masto-poll.mjs", fx.server.baseUrl(), fx.mio, fx.ren, "Pick any", "One", "Two", "Three")
                .ok()
                .json();
        assertThat(out.path("multiple").asBoolean()).isTrue();
        assertThat(out.path("options").toString()).isEqualTo("[\"One=1\",\"Two=0\",\"Three=1\"]");
        assertThat(out.path("ownVotes").toString()).isEqualTo("[0,2]");
    }

    @Test
    void anEditThatChangesThePollResetsItsVotesAndDeleteAndRedraftReturnsIt() {
        JsonNode posted = pollPy("post", fx.mio, "Edit me", "600", "0", "Red", "Blue");
        String id = posted.path("id").asText();
        pollPy("vote", fx.ren, posted.path("poll").path("id").asText(), "0");
        var edited = fx.http.method(
                "PUT",
                "/api/v1/statuses/" + id,
                fx.mio,
                "application/json",
                "{\"status\":\"Edited\",\"poll\":{\"options\":[\"Red\",\"Green\"],\"expires_in\":900}}");
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(titles(edited.json().path("poll").path("options"))).containsExactly("Red=0", "Green=0");
        var deleted = fx.http.method("DELETE", "/api/v1/statuses/" + id, fx.mio, null, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(titles(deleted.json().path("poll").path("options"))).containsExactly("Red=0", "Green=0");
        assertThat(deleted.json().path("text").asText()).isEqualTo("Edited");
    }

    @Test
    void aQuestionFromAFollowedAccountIsAPollOurAuthorVotesInAndItsUpdateRefreshes() {
        String questionId = fx.peer.baseUrl() + "/questions/" + System.nanoTime();
        Map<String, Object> question = fx.peer.note(questionId, "<p>Cats or dogs?</p>");
        question.put("type", "Question");
        question.put("endTime", Instant.now().plusSeconds(3600).toString());
        question.put("oneOf", List.of(option("Cats", 3), option("Dogs", 1)));
        question.put("votersCount", 4);
        assertThat(fx.peer.create(fx.mioActor, question).status()).isBetween(200, 299);
        fx.server.runDueJobs();
        String pollId = fx.tables.text(
                "select p.id from poll p join remote_post r on r.id = p.remote_post_id where r.uri = ?", questionId);
        assertThat(pollId).isNotNull();
        assertThat(titles(pollPy("show", fx.mio, pollId).path("options"))).containsExactly("Cats=3", "Dogs=1");

        JsonNode voted = pollPy("vote", fx.mio, pollId, "1");
        assertThat(titles(voted.path("options"))).containsExactly("Cats=3", "Dogs=2");
        JsonNode sent = fx.peer.awaitReceived(
                a -> "Create".equals(a.path("type").asText())
                        && questionId.equals(a.path("activity")
                                .path("object")
                                .path("inReplyTo")
                                .asText()),
                FollowedPeerBlog.PATIENCE);
        JsonNode note = sent.path("activity").path("object");
        assertThat(note.path("name").asText()).isEqualTo("Dogs");
        assertThat(note.path("to").toString()).isEqualTo("[\"" + fx.peer.actorUrl() + "\"]");

        question.put("oneOf", List.of(option("Cats", 3), option("Dogs", 5)));
        question.put("votersCount", 8);
        Map<String, Object> update = new java.util.LinkedHashMap<>();
        update.put("type", "Update");
        update.put("to", question.get("to"));
        update.put("object", question);
        fx.send(update);
        fx.server.runDueJobs();
        JsonNode refreshed = pollPy("show", fx.mio, pollId);
        assertThat(titles(refreshed.path("options"))).containsExactly("Cats=3", "Dogs=5");
        assertThat(refreshed.path("own_votes").toString()).isEqualTo("[1]");
        // New counts of an unchanged question are not an edit: no earlier version in its history.
        assertThat(fx.tables.count(
                        "select count(*) from remote_post_version v join remote_post r on r.id = v.post_id where r.uri = ?",
                        questionId))
                .isZero();
    }

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

    @Test
    void aReplyWithAPollToACommentOrToAPostMentioningNobodyKeepsItsPollInTheThreadAndOnTheWire() {
        // A reply from the fediverse is a comment; an app replies to it with a poll.
        String post = fx.http
                .postJson("/api/v1/statuses", fx.mio, Map.of("status", "What shall we plant?"))
                .json()
                .path("id")
                .asText();
        String comment = fx.peer.reply(fx.mioActor, fx.server.url("/posts/" + post), "<p>Let us vote</p>", null);
        dev.kakehashi.it.Eventually.await(() -> fx.http
                        .get("/api/v1/statuses/" + post + "/context", fx.mio)
                        .json()
                        .path("descendants")
                        .size()
                == 1);
        String commentId = fx.http
                .get("/api/v1/statuses/" + post + "/context", fx.mio)
                .json()
                .path("descendants")
                .get(0)
                .path("id")
                .asText();
        // The reader keeps the peer's note too (mio follows the peer).
        dev.kakehashi.it.Eventually.await(
                () -> fx.tables.text("select id from remote_post where uri = ?", comment) != null);
        var reply = fx.http.postJson(
                "/api/v1/statuses",
                fx.mio,
                Map.of(
                        "status",
                        "@" + fx.peer.acct() + " Roses or tulips?",
                        "in_reply_to_id",
                        commentId,
                        "poll",
                        Map.of("options", List.of("Roses", "Tulips"), "expires_in", 3600)));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        String replyId = reply.json().path("id").asText();
        // The note answered is a comment, and also a post the reader kept (mio follows the peer):
        // in_reply_to_id names the comment the app replied to, the status the thread lists it under.
        String answeredId = commentId;
        assertThat(fx.tables.text("select id from remote_post where uri = ?", comment))
                .isNotEqualTo(answeredId);
        assertThat(reply.json().path("in_reply_to_id").asText()).isEqualTo(answeredId);
        assertThat(titles(reply.json().path("poll").path("options"))).containsExactly("Roses=0", "Tulips=0");
        JsonNode below = fx.http
                .get("/api/v1/statuses/" + post + "/context", fx.ren)
                .json()
                .path("descendants");
        assertThat(ids(below)).containsExactly(commentId, replyId);
        assertThat(titles(below.get(1).path("poll").path("options"))).containsExactly("Roses=0", "Tulips=0");
        assertThat(below.get(1).path("in_reply_to_id").asText()).isEqualTo(answeredId);
        String replyUri = fx.server.url("/posts/" + replyId);
        JsonNode question = createdObject(replyUri);
        assertThat(question.path("type").asText()).isEqualTo("Question");
        assertThat(question.path("inReplyTo").asText()).isEqualTo(comment);
        assertThat(question.path("oneOf").findValuesAsText("name")).containsExactly("Roses", "Tulips");

        // A reply to a followed account's post that mentions nobody keeps its poll too.
        String noteId = fx.peer.baseUrl() + "/notes/" + System.nanoTime();
        assertThat(fx.peer
                        .create(fx.mioActor, fx.peer.note(noteId, "<p>Spring is here</p>"))
                        .status())
                .isBetween(200, 299);
        fx.server.runDueJobs();
        dev.kakehashi.it.Eventually.await(
                () -> fx.tables.text("select id from remote_post where uri = ?", noteId) != null);
        String remoteId = fx.tables.text("select id from remote_post where uri = ?", noteId);
        var quiet = fx.http.postJson(
                "/api/v1/statuses",
                fx.mio,
                Map.of(
                        "status",
                        "Which flower first?",
                        "in_reply_to_id",
                        remoteId,
                        "poll",
                        Map.of("options", List.of("Crocus", "Snowdrop"), "expires_in", 600)));
        assertThat(quiet.status()).as(quiet.raw().body()).isEqualTo(200);
        assertThat(quiet.json().path("in_reply_to_id").asText()).isEqualTo(remoteId);
        String quietId = quiet.json().path("id").asText();
        assertThat(titles(fx.http
                        .get("/api/v1/statuses/" + quietId, fx.ren)
                        .json()
                        .path("poll")
                        .path("options")))
                .containsExactly("Crocus=0", "Snowdrop=0");
        JsonNode thread = fx.http
                .get("/api/v1/statuses/" + remoteId + "/context", fx.mio)
                .json()
                .path("descendants");
        assertThat(ids(thread)).containsExactly(quietId);
        assertThat(thread.get(0).path("poll").path("options").size()).isEqualTo(2);
        String quietUri = fx.server.url("/posts/" + quietId);
        JsonNode sent = createdObject(quietUri);
        assertThat(sent.path("type").asText()).isEqualTo("Question");
        assertThat(sent.path("inReplyTo").asText()).isEqualTo(noteId);
    }

    /** The object of the Create the follower received for our object {@code uri}, once it arrives. */
    private static JsonNode createdObject(String uri) {
        return fx.peer
                .awaitReceived(
                        a -> "Create".equals(a.path("type").asText())
                                && uri.equals(a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()),
                        FollowedPeerBlog.PATIENCE)
                .path("activity")
                .path("object");
    }

    /** The ids of an array of statuses, in order. */
    private static List<String> ids(JsonNode statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(st -> out.add(st.path("id").asText()));
        return out;
    }

    private static Map<String, Object> option(String name, int votes) {
        return Map.of("type", "Note", "name", name, "replies", Map.of("type", "Collection", "totalItems", votes));
    }

    private static String refusal(Map<String, Object> body) {
        var answer = fx.http.postJson("/api/v1/statuses", fx.mio, body);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(422);
        return answer.json().path("error").asText();
    }

    private static long updatesOf(String uri) {
        return fx.peer.received().stream()
                .filter(a -> "Update".equals(a.path("type").asText())
                        && uri.equals(
                                a.path("activity").path("object").path("id").asText()))
                .count();
    }
}
