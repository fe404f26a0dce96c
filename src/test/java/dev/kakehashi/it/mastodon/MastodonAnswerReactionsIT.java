package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An author's answer to a comment is a Note of ours (issue 14): a real Fedify peer likes, reacts to
 * and boosts it, and the author's app sees the counts, who did it and a notification whose status is
 * the answer (the admin's notifications say what was liked); the peer's Undo takes them back. A Like of a deleted answer is refused. The API's
 * card, source and history answer a comment's id as they do a status's.
 */
class MastodonAnswerReactionsIT extends MastodonCommentsFixture {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static List<String> accounts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    static FedifyPeer.Delivery send(Map<String, ?> activity) {
        FedifyPeer.Delivery d = peer.send(authorActor, activity, FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isEqualTo(202);
        return d;
    }

    static String inboxState(String activityId) {
        Eventually.await(() -> !List.of("", "RECEIVED")
                .contains(tables.text("select state from inbox_activity where activity_id = ?", activityId)));
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }

    @Test
    void aPeersLikeAndBoostOfAnAnswerAreCountedListedNotifiedAndUndone() {
        String[] ids = answered("Ask about answers");
        String answer = ids[2];
        String answerUri = status(answer).get("uri").asText();
        assertThat(answerUri).isEqualTo(server.url("/comments/" + answer));

        FedifyPeer.Delivery like = send(Map.of("type", "Like", "object", answerUri));
        // The same Like sent again under a new id is the same favourite.
        FedifyPeer.Delivery again = send(Map.of("type", "Like", "object", answerUri));
        FedifyPeer.Delivery boost = send(Map.of("type", "Announce", "object", answerUri, "to", PUBLIC));
        assertThat(inboxState(like.id())).isEqualTo("PROCESSED");
        assertThat(inboxState(again.id())).isIn("PROCESSED", "IGNORED");
        assertThat(inboxState(boost.id())).isEqualTo("PROCESSED");

        JsonNode shown = status(answer);
        assertThat(shown.get("favourites_count").asInt()).isEqualTo(1);
        assertThat(shown.get("reblogs_count").asInt()).isEqualTo(1);
        assertThat(shown.get("favourited").asBoolean()).isFalse();
        JsonNode inContext = status(ids[0] + "/context").get("descendants").get(1);
        assertThat(inContext.get("id").asText()).isEqualTo(answer);
        assertThat(inContext.get("favourites_count").asInt()).isEqualTo(1);
        assertThat(inContext.get("reblogs_count").asInt()).isEqualTo(1);
        assertThat(accounts(
                        ok(get("/api/v1/statuses/" + answer + "/favourited_by")).json(), "url"))
                .containsExactly(peer.actorUrl());
        // On the blog the answer's like is not the post's.
        assertThat(admin.get("/posts/" + ids[0]).html().select(".likes-count")).isEmpty();
        assertThat(accounts(
                        ok(get("/api/v1/statuses/" + answer + "/reblogged_by")).json(), "url"))
                .containsExactly(peer.actorUrl());

        // The author is told, and the notification's status is the answer (Mastodon's shape).
        JsonNode favourites =
                ok(get("/api/v1/notifications?types%5B%5D=favourite")).json();
        assertThat(favourites).hasSize(1);
        assertThat(favourites.get(0).get("account").get("url").asText()).isEqualTo(peer.actorUrl());
        assertThat(favourites.get(0).get("status").get("id").asText()).isEqualTo(answer);
        JsonNode reblogs = ok(get("/api/v1/notifications?types%5B%5D=reblog")).json();
        assertThat(reblogs).hasSize(1);
        assertThat(reblogs.get(0).get("status").get("id").asText()).isEqualTo(answer);
        assertThat(admin.get("/admin/notifications").html().select(".what").eachText())
                .contains("liked your answer to a comment", "boosted your answer to a comment");

        // The author's own favourite from the app adds to the peer's, and taking it back leaves the peer's.
        MastodonApi.Answer mine = post("/api/v1/statuses/" + answer + "/favourite");
        assertThat(mine.json().get("favourites_count").asInt()).isEqualTo(2);
        assertThat(mine.json().get("favourited").asBoolean()).isTrue();
        assertThat(ok(get("/api/v1/statuses/" + answer + "/favourited_by")).json())
                .hasSize(2);
        MastodonApi.Answer unliked = post("/api/v1/statuses/" + answer + "/unfavourite");
        assertThat(unliked.json().get("favourites_count").asInt()).isEqualTo(1);

        // The peer takes both back: counts, lists and notifications follow.
        FedifyPeer.Delivery undoLike = send(Map.of(
                "type",
                "Undo",
                "object",
                Map.of("id", like.id(), "type", "Like", "actor", peer.actorUrl(), "object", answerUri)));
        FedifyPeer.Delivery undoBoost = send(Map.of("type", "Undo", "object", boost.id()));
        assertThat(inboxState(undoLike.id())).isEqualTo("PROCESSED");
        assertThat(inboxState(undoBoost.id())).isEqualTo("PROCESSED");
        JsonNode after = status(answer);
        assertThat(after.get("favourites_count").asInt()).isZero();
        assertThat(after.get("reblogs_count").asInt()).isZero();
        assertThat(ok(get("/api/v1/statuses/" + answer + "/favourited_by")).json())
                .isEmpty();
        assertThat(ok(get("/api/v1/notifications?types%5B%5D=favourite")).json())
                .isEmpty();
        assertThat(ok(get("/api/v1/notifications?types%5B%5D=reblog")).json()).isEmpty();

        // An Undo of a Like never received changes nothing and is no error.
        FedifyPeer.Delivery stray = send(Map.of(
                "type",
                "Undo",
                "object",
                Map.of(
                        "id",
                        peer.baseUrl() + "/likes/never-sent",
                        "type",
                        "Like",
                        "actor",
                        peer.actorUrl(),
                        "object",
                        answerUri)));
        assertThat(inboxState(stray.id())).isIn("PROCESSED", "IGNORED");
        assertThat(status(answer).get("favourites_count").asInt()).isZero();
    }

    @Test
    void anEmojiReactionOfAnAnswerCountsAsAFavouriteAndALikeOfADeletedAnswerIsRefused() {
        String[] ids = answered("Ask about emoji");
        String answer = ids[2];
        String answerUri = server.url("/comments/" + answer);
        FedifyPeer.Delivery emoji = send(Map.of("type", "EmojiReact", "object", answerUri, "content", "🎉"));
        assertThat(inboxState(emoji.id())).isEqualTo("PROCESSED");
        assertThat(status(answer).get("favourites_count").asInt()).isEqualTo(1);

        var queue = admin.get("/admin/comments?tab=published");
        var deleted = admin.postForm(
                "/admin/comments/" + answer + "/delete", WebClient.form("_csrf", queue.csrf(), "tab", "published"));
        assertThat(deleted.status()).isLessThan(400);
        FedifyPeer.Delivery late = send(Map.of("type", "Like", "object", answerUri));
        assertThat(inboxState(late.id())).isEqualTo("REJECTED");
        assertThat(tables.count(
                        "select count(*) from reaction where comment_id = cast(? as bigint) and kind = 'LIKE'", answer))
                .isZero();
        FedifyPeer.Delivery nowhere = send(Map.of("type", "Like", "object", server.url("/comments/987654321")));
        assertThat(inboxState(nowhere.id())).isEqualTo("REJECTED");
    }

    @Test
    void cardSourceAndHistoryAnswerACommentsId() {
        String[] ids = answered("Ask about sources");
        String comment = ids[1];
        String answer = ids[2];

        assertThat(ok(get("/api/v1/statuses/" + answer + "/card")).json()).isEmpty();
        JsonNode own = ok(get("/api/v1/statuses/" + answer + "/source")).json();
        assertThat(own.get("id").asText()).isEqualTo(answer);
        assertThat(own.get("text").asText()).contains("Here is more.");
        assertThat(own.get("spoiler_text").asText()).isEmpty();
        JsonNode theirs = ok(get("/api/v1/statuses/" + comment + "/source")).json();
        assertThat(theirs.get("id").asText()).isEqualTo(comment);
        assertThat(theirs.get("text").asText()).contains("Tell me more");

        JsonNode history = ok(get("/api/v1/statuses/" + comment + "/history")).json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("content").asText()).contains("Tell me more");
        assertThat(history.get(0).get("account").get("url").asText()).isEqualTo(peer.actorUrl());
        assertThat(history.get(0).get("created_at").asText())
                .isEqualTo(status(comment).get("created_at").asText());
        // An answer is the author's own status: their account, in the status, its thread and its history.
        String me =
                ok(get("/api/v1/accounts/verify_credentials")).json().get("id").asText();
        assertThat(status(answer).get("account").get("id").asText()).isEqualTo(me);
        assertThat(status(ids[0] + "/context")
                        .get("descendants")
                        .get(1)
                        .get("account")
                        .get("id")
                        .asText())
                .isEqualTo(me);
        JsonNode answerHistory =
                ok(get("/api/v1/statuses/" + answer + "/history")).json();
        assertThat(answerHistory).hasSize(1);
        assertThat(answerHistory.get(0).get("account").get("id").asText()).isEqualTo(me);

        // Someone else's comment is not the caller's to edit or delete; unknown ids are 404, all JSON.
        for (MastodonApi.Answer refused : List.of(
                http.method("PUT", "/api/v1/statuses/" + comment, token, "application/json", "{\"status\":\"Edited\"}"),
                http.method("DELETE", "/api/v1/statuses/" + comment, token, "application/json", "{}"),
                http.get("/api/v1/statuses/987654321/card", token),
                http.get("/api/v1/statuses/987654321/source", token),
                http.get("/api/v1/statuses/987654321/history", token))) {
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.json().get("error").asText()).isNotBlank();
        }
        assertThat(status(comment).get("content").asText()).contains("Tell me more");
    }

    @Test
    void theAuthorDeletesTheirAnswerFromTheAppAndThePeerGetsTheDelete() {
        String[] ids = answered("Ask then forget");
        String answer = ids[2];
        String answerUri = server.url("/comments/" + answer);

        MastodonApi.Answer deleted = http.method("DELETE", "/api/v1/statuses/" + answer, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(deleted.json().get("id").asText()).isEqualTo(answer);
        // The Markdown as written in the admin, where the mention of the person answered is added for the author.
        assertThat(deleted.json().get("text").asText()).isEqualTo("Here is more.");
        JsonNode delete = peer.awaitReceived(
                a -> "Delete".equals(a.get("type").asText())
                        && answerUri.equals(
                                a.get("activity").get("object").get("id").asText()),
                java.time.Duration.ofSeconds(30));
        assertThat(delete.get("activity").get("object").get("type").asText()).isEqualTo("Tombstone");
        assertThat(delete.get("actor").asText()).isEqualTo(authorActor);

        MastodonApi.Answer gone = http.get("/api/v1/statuses/" + answer, token);
        assertThat(gone.status()).as(gone.raw().body()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).isNotBlank();
        MastodonApi.Answer again = http.method("DELETE", "/api/v1/statuses/" + answer, token, null, null);
        assertThat(again.status()).as(again.raw().body()).isEqualTo(404);
        assertThat(admin.get("/posts/" + ids[0]).html().text()).doesNotContain("Here is more.");
    }
}
