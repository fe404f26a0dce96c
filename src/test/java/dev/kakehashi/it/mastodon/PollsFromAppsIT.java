package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Polls from apps: Mastodon.py and masto.js post them and vote in them, a Fedify follower gets a
 * Question and votes with a note that never shows as a comment, the counts reach it in one Update,
 * the blog page shows the results, the job closes the poll when its time is up (the test moves the
 * end into the past) and tells the author and the voters; bad polls are refused with Mastodon's
 * words; an edit that changes the poll resets its votes.
 */
class PollsFromAppsIT extends PollsFixture {
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
