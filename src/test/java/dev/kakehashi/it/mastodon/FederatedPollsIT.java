package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Polls between the blog and the fediverse: a Question from a followed Fedify account becomes a poll
 * our author votes in, and its Update refreshes the counts; a reply with a poll, to a comment or to
 * a post it mentions nobody in, keeps its poll in the thread and on the wire.
 */
class FederatedPollsIT extends PollsFixture {
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

    /** The ids of an array of statuses, in order. */
    private static List<String> ids(JsonNode statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(st -> out.add(st.path("id").asText()));
        return out;
    }

    private static Map<String, Object> option(String name, int votes) {
        return Map.of("type", "Note", "name", name, "replies", Map.of("type", "Collection", "totalItems", votes));
    }
}
