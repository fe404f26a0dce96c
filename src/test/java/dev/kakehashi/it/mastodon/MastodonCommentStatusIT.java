package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A comment's id works wherever a status id does (issue 14): a real Fedify peer comments on an
 * author's post, and the author's app favourites it (the peer receives the Like), boosts it (the
 * Announce), bookmarks, mutes and reads it several at once; an author's own answer is favourited
 * here alone and cannot be boosted; a comment is nobody's post here to pin.
 */
class MastodonCommentStatusIT extends MastodonCommentsFixture {
    @Test
    void aPeersCommentIsFavouritedBoostedBookmarkedAndMutedLikeAStatus() {
        String post = admin.compose("note", "publish", "body", "What do you say?");
        String comment = peerComment(post, "I say yes");
        String noteId = ok(get("/api/v1/statuses/" + comment)).json().get("uri").asText();
        String me =
                ok(get("/api/v1/accounts/verify_credentials")).json().get("id").asText();

        // Favourite: a Like to the commenter's server, counted, and the app sees it everywhere.
        JsonNode liked = ok(post("/api/v1/statuses/" + comment + "/favourite")).json();
        assertThat(liked.get("id").asText()).isEqualTo(comment);
        assertThat(liked.get("favourited").asBoolean()).isTrue();
        assertThat(liked.get("favourites_count").asInt()).isEqualTo(1);
        JsonNode like = received("Like", noteId);
        assertThat(like.get("actor").asText()).isEqualTo(authorActor);
        assertThat(ok(post("/api/v1/statuses/" + comment + "/favourite"))
                        .json()
                        .get("favourites_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(ids(ok(get("/api/v1/statuses/" + comment + "/favourited_by")).json()))
                .containsExactly(me);
        JsonNode favourites = ok(get("/api/v1/favourites")).json();
        assertThat(ids(favourites)).containsExactly(comment);
        assertThat(favourites.get(0).get("favourited").asBoolean()).isTrue();
        JsonNode inContext = get("/api/v1/statuses/" + post + "/context")
                .json()
                .get("descendants")
                .get(0);
        assertThat(inContext.get("id").asText()).isEqualTo(comment);
        assertThat(inContext.get("favourited").asBoolean()).isTrue();
        assertThat(inContext.get("favourites_count").asInt()).isEqualTo(1);

        // Boost: an Announce of the comment's note, which reaches its author through the cc.
        JsonNode boosted = ok(post("/api/v1/statuses/" + comment + "/reblog")).json();
        assertThat(boosted.get("reblogged").asBoolean()).isTrue();
        assertThat(boosted.get("reblogs_count").asInt()).isEqualTo(1);
        received("Announce", noteId);
        assertThat(ids(ok(get("/api/v1/statuses/" + comment + "/reblogged_by")).json()))
                .containsExactly(me);

        // Taking both back sends the Undos.
        JsonNode unliked =
                ok(post("/api/v1/statuses/" + comment + "/unfavourite")).json();
        assertThat(unliked.get("favourited").asBoolean()).isFalse();
        assertThat(unliked.get("favourites_count").asInt()).isZero();
        assertThat(get("/api/v1/favourites").json()).isEmpty();
        JsonNode undo = peer.awaitReceived(
                a -> "Undo".equals(a.get("type").asText())
                        && "Like"
                                .equals(a.get("activity")
                                        .get("object")
                                        .get("type")
                                        .asText()),
                Duration.ofSeconds(30));
        assertThat(undo.get("activity").get("object").get("object").asText()).isEqualTo(noteId);
        JsonNode unboosted =
                ok(post("/api/v1/statuses/" + comment + "/unreblog")).json();
        assertThat(unboosted.get("reblogged").asBoolean()).isFalse();
        assertThat(get("/api/v1/statuses/" + comment + "/reblogged_by").json()).isEmpty();

        // Bookmark: listed in /api/v1/bookmarks with the blog's posts, newest first.
        ok(post("/api/v1/statuses/" + post + "/bookmark"));
        JsonNode kept = ok(post("/api/v1/statuses/" + comment + "/bookmark")).json();
        assertThat(kept.get("bookmarked").asBoolean()).isTrue();
        JsonNode bookmarks = ok(get("/api/v1/bookmarks")).json();
        assertThat(ids(bookmarks)).containsExactly(comment, post);
        assertThat(bookmarks.get(0).get("uri").asText()).isEqualTo(noteId);
        assertThat(bookmarks.get(0).get("bookmarked").asBoolean()).isTrue();
        assertThat(ok(post("/api/v1/statuses/" + comment + "/unbookmark"))
                        .json()
                        .get("bookmarked")
                        .asBoolean())
                .isFalse();
        assertThat(ids(get("/api/v1/bookmarks").json())).containsExactly(post);

        // Several at once, in the order asked, the comment among them; an unknown id is left out.
        JsonNode several = ok(get("/api/v1/statuses?id%5B%5D=" + comment + "&id%5B%5D=987654321&id%5B%5D=" + post))
                .json();
        assertThat(ids(several)).containsExactly(comment, post);
        assertThat(several.get(0).get("uri").asText()).isEqualTo(noteId);

        // Mute: the post's thread, as the comment shows.
        assertThat(ok(post("/api/v1/statuses/" + comment + "/mute"))
                        .json()
                        .get("muted")
                        .asBoolean())
                .isTrue();
        assertThat(get("/api/v1/statuses/" + post).json().get("muted").asBoolean())
                .isTrue();
        assertThat(ok(post("/api/v1/statuses/" + comment + "/unmute"))
                        .json()
                        .get("muted")
                        .asBoolean())
                .isFalse();

        // Pin: someone else's status, as Mastodon answers; unpinning it changes nothing.
        MastodonApi.Answer pinned = post("/api/v1/statuses/" + comment + "/pin");
        assertJsonError(pinned, 422);
        assertThat(pinned.json().get("error").asText()).startsWith("Validation failed");
        assertThat(ok(post("/api/v1/statuses/" + comment + "/unpin"))
                        .json()
                        .get("pinned")
                        .asBoolean())
                .isFalse();

        // Unknown ids stay 404 JSON errors, never a 500.
        assertJsonError(post("/api/v1/statuses/987654321/reblog"), 404);
        assertJsonError(post("/api/v1/statuses/987654321/bookmark"), 404);
        assertJsonError(post("/api/v1/statuses/987654321/mute"), 404);
        assertJsonError(http.get("/api/v1/statuses/987654321/reblogged_by", null), 404);
    }

    @Test
    void anAuthorsAnswerIsFavouritedHereAloneAndCannotBeBoosted() {
        String post = admin.compose("note", "publish", "body", "Ask me anything");
        String comment = peerComment(post, "Anything at all?");
        var answerPage = admin.get("/admin/comments/" + comment + "/reply");
        assertThat(answerPage.status()).isEqualTo(200);
        var answered = admin.postForm(
                "/admin/comments/" + comment + "/reply",
                WebClient.form("_csrf", answerPage.csrf(), "body", "Yes, anything."));
        assertThat(answered.status()).isEqualTo(303);
        JsonNode below = get("/api/v1/statuses/" + post + "/context").json().get("descendants");
        assertThat(below).hasSize(2);
        String answer = below.get(1).get("id").asText();
        assertThat(below.get(1).get("in_reply_to_id").asText()).isEqualTo(comment);
        long sent = tables.count("select count(*) from outbox_activity");

        JsonNode liked = ok(post("/api/v1/statuses/" + answer + "/favourite")).json();
        assertThat(liked.get("favourited").asBoolean()).isTrue();
        assertThat(liked.get("favourites_count").asInt()).isEqualTo(1);
        assertJsonError(post("/api/v1/statuses/" + answer + "/reblog"), 422);
        assertThat(ok(post("/api/v1/statuses/" + answer + "/unreblog"))
                        .json()
                        .get("reblogged")
                        .asBoolean())
                .isFalse();
        JsonNode unliked =
                ok(post("/api/v1/statuses/" + answer + "/unfavourite")).json();
        assertThat(unliked.get("favourited").asBoolean()).isFalse();
        assertThat(unliked.get("favourites_count").asInt()).isZero();
        assertThat(tables.count("select count(*) from outbox_activity")).isEqualTo(sent);
    }

    @Test
    void anAppsReplyToACommentTheReaderAlsoKeptAnswersTheCommentsId() {
        followPeer();

        String post = admin.compose("note", "publish", "body", "Followed and commented");
        String comment = peerComment(post, "Kept twice");
        String noteId = get("/api/v1/statuses/" + comment).json().get("uri").asText();
        assertThat(tables.count("select count(*) from remote_post where uri = ?", noteId))
                .isEqualTo(1);

        MastodonApi.Answer reply =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Thank you", "in_reply_to_id", comment));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.json().get("in_reply_to_id").asText()).isEqualTo(comment);
        String replyId = reply.json().get("id").asText();
        assertThat(ok(get("/api/v1/statuses/" + replyId))
                        .json()
                        .get("in_reply_to_id")
                        .asText())
                .isEqualTo(comment);
        JsonNode thread =
                ok(get("/api/v1/statuses/" + post + "/context")).json().get("descendants");
        assertThat(ids(thread)).containsExactly(comment, replyId);
        assertThat(thread.get(1).get("in_reply_to_id").asText()).isEqualTo(comment);
    }
}
