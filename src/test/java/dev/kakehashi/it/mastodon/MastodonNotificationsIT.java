package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer replies to and likes an author's post; the author's Mastodon app sees a
 * {@code mention} and a {@code favourite}, filters them by type and account, pages them with the
 * Link header, counts the unread ones against the marker, and dismisses and clears them.
 */
class MastodonNotificationsIT extends MastodonCommentsFixture {
    static List<String> types(JsonNode array) {
        List<String> types = new ArrayList<>();
        array.forEach(n -> types.add(n.get("type").asText()));
        return types;
    }

    @Test
    void aPeersReplyAndLikeAreAMentionAndAFavourite() {
        String post = admin.compose("note", "publish", "body", "Tell me what you think");
        String postUrl = server.url("/posts/" + post);
        String noteId = peer.reply(authorActor, postUrl, "<p>I think it is lovely</p>", null);
        Eventually.await(() -> get("/api/v1/notifications").json().size() == 1);
        peer.like(authorActor, postUrl);
        Eventually.await(() -> get("/api/v1/notifications").json().size() == 2);

        MastodonApi.Answer all = get("/api/v1/notifications");
        assertThat(all.status()).isEqualTo(200);
        assertThat(types(all.json())).containsExactly("favourite", "mention");
        List<String> ids = ids(all.json());
        assertThat(all.json().get(0).get("id").isTextual()).isTrue();
        assertThat(Long.parseLong(ids.get(0))).isGreaterThan(Long.parseLong(ids.get(1)));

        JsonNode favourite = all.json().get(0);
        assertThat(favourite.get("status").get("id").asText()).isEqualTo(post);
        assertThat(favourite.get("status").get("content").asText()).contains("Tell me what you think");
        assertThat(favourite.get("account").get("acct").asText()).startsWith("peer@");
        assertThat(favourite.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        JsonNode mention = all.json().get(1);
        assertThat(mention.get("status").get("content").asText()).contains("I think it is lovely");
        assertThat(mention.get("status").get("uri").asText()).isEqualTo(noteId);
        assertThat(mention.get("status").get("in_reply_to_id").asText()).isEqualTo(post);
        assertThat(mention.get("account").get("url").asText()).startsWith(peer.baseUrl());
        String peerAccount = mention.get("account").get("id").asText();
        assertThat(ids(http.get("/api/v1/statuses/" + post + "/favourited_by", null)
                        .json()))
                .containsExactly(peerAccount);
        assertThat(get("/api/v1/statuses/" + post + "/reblogged_by").json()).isEmpty();

        assertThat(types(get("/api/v1/notifications?types%5B%5D=mention").json()))
                .containsExactly("mention");
        assertThat(types(
                        get("/api/v1/notifications?exclude_types%5B%5D=mention").json()))
                .containsExactly("favourite");
        assertThat(types(get("/api/v1/notifications?exclude_types%5B%5D=mention&exclude_types%5B%5D=favourite")
                        .json()))
                .isEmpty();
        assertThat(types(get("/api/v1/notifications?types%5B%5D=follow").json()))
                .isEmpty();
        assertThat(ids(get("/api/v1/notifications?account_id=" + peerAccount).json()))
                .containsExactlyElementsOf(ids);
        assertThat(get("/api/v1/notifications?account_id=1").json()).isEmpty();

        MastodonApi.Answer one = get("/api/v1/notifications/" + ids.get(1));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("type").asText()).isEqualTo("mention");

        // Paging one at a time with the Link header; the filter is kept in the links.
        MastodonApi.Answer first = get("/api/v1/notifications?limit=1&exclude_types%5B%5D=follow");
        assertThat(ids(first.json())).containsExactly(ids.get(0));
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"").contains("exclude_types").startsWith("<" + server.baseUrl());
        String next = link.substring(1, link.indexOf('>'));
        MastodonApi.Answer second = get(next);
        assertThat(ids(second.json())).containsExactly(ids.get(1));
        String after = second.header("Link");
        assertThat(get(after.substring(1, after.indexOf('>'))).json()).isEmpty();
        assertThat(ids(get("/api/v1/notifications?min_id=" + ids.get(1)).json()))
                .containsExactly(ids.get(0));

        // Unread: everything until the marker is set, then what came after it.
        assertThat(get("/api/v1/notifications/unread_count").json().get("count").asLong())
                .isEqualTo(2);
        MastodonApi.Answer marker =
                http.postJson("/api/v1/markers", token, Map.of("notifications", Map.of("last_read_id", ids.get(1))));
        assertThat(marker.status()).as(marker.raw().body()).isEqualTo(200);
        assertThat(get("/api/v1/notifications/unread_count").json().get("count").asLong())
                .isEqualTo(1);

        // Dismiss one, then clear the rest.
        MastodonApi.Answer dismissed = post("/api/v1/notifications/" + ids.get(1) + "/dismiss");
        assertThat(dismissed.status()).as(dismissed.raw().body()).isEqualTo(200);
        assertThat(ids(get("/api/v1/notifications").json())).containsExactly(ids.get(0));
        assertJsonError(get("/api/v1/notifications/" + ids.get(1)), 404);
        assertJsonError(post("/api/v1/notifications/" + ids.get(1) + "/dismiss"), 404);
        assertThat(post("/api/v1/notifications/clear").status()).isEqualTo(200);
        assertThat(get("/api/v1/notifications").json()).isEmpty();
        assertThat(tables.count("select count(*) from notification")).isZero();
        // The reply itself stays on the blog, and in the post's context.
        assertThat(tables.count("select count(*) from post_comment where uri = ?", noteId))
                .isEqualTo(1);
        String answer = peer.reply(authorActor, noteId, "<p>And one more thing</p>", null);
        Eventually.await(() -> get("/api/v1/statuses/" + post + "/context")
                        .json()
                        .get("descendants")
                        .size()
                == 2);
        MastodonApi.Answer context = http.get("/api/v1/statuses/" + post + "/context", null);
        assertThat(context.status()).as(context.raw().body()).isEqualTo(200);
        assertThat(context.json().get("ancestors")).isEmpty();
        JsonNode below = context.json().get("descendants");
        assertThat(below.get(0).get("uri").asText()).isEqualTo(noteId);
        assertThat(below.get(0).get("in_reply_to_id").asText()).isEqualTo(post);
        assertThat(below.get(0).get("account").get("id").asText()).isEqualTo(peerAccount);
        assertThat(below.get(1).get("uri").asText()).isEqualTo(answer);
        assertThat(below.get(1).get("content").asText()).contains("And one more thing");
        assertThat(below.get(1).get("in_reply_to_id").asText())
                .isEqualTo(below.get(0).get("id").asText());
        assertThat(below.get(1).get("in_reply_to_account_id").asText()).isEqualTo(peerAccount);

        // An app tapping a comment in the thread reads it as the same status, within its own thread.
        String comment = below.get(0).get("id").asText();
        String answerId = below.get(1).get("id").asText();
        MastodonApi.Answer tapped = http.get("/api/v1/statuses/" + answerId, null);
        assertThat(tapped.status()).as(tapped.raw().body()).isEqualTo(200);
        assertThat(tapped.json()).isEqualTo(below.get(1));
        assertThat(get("/api/v1/statuses/" + comment).json().get("uri").asText())
                .isEqualTo(noteId);
        MastodonApi.Answer around = http.get("/api/v1/statuses/" + answerId + "/context", null);
        assertThat(around.status()).as(around.raw().body()).isEqualTo(200);
        assertThat(ids(around.json().get("ancestors"))).containsExactly(post, comment);
        assertThat(around.json().get("ancestors").get(1)).isEqualTo(below.get(0));
        assertThat(around.json().get("descendants")).isEmpty();
        JsonNode underComment =
                http.get("/api/v1/statuses/" + comment + "/context", null).json();
        assertThat(ids(underComment.get("ancestors"))).containsExactly(post);
        assertThat(underComment.get("descendants")).containsExactly(below.get(1));
        assertJsonError(http.get("/api/v1/statuses/987654321", null), 404);
    }

    @Test
    void aFollowersOnlyPostsContextIsForItsAuthorOnly() {
        String post = admin.compose("note", "publish", "body", "Only for my followers", "visibility", "private");
        assertJsonError(http.get("/api/v1/statuses/" + post + "/context", null), 404);
        MastodonApi.Answer own = get("/api/v1/statuses/" + post + "/context");
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        assertThat(own.json().get("descendants")).isEmpty();
        assertJsonError(get("/api/v1/statuses/987654321/context"), 404);
        assertJsonError(get("/api/v1/statuses/nope/context"), 404);
    }

    @Test
    void badRequestsAreJsonErrors() {
        assertJsonError(get("/api/v1/notifications/12345"), 404);
        assertJsonError(get("/api/v1/notifications/not-an-id"), 404);
        assertJsonError(post("/api/v1/notifications/12345/dismiss"), 404);
        assertJsonError(get("/api/v1/notifications?max_id=abc"), 422);
        assertJsonError(get("/api/v1/notifications?account_id=abc"), 422);
        assertJsonError(http.get("/api/v1/notifications", null), 401);

        String readStatuses = http.passwordToken(app, "mio", "mio-password-1", "read:statuses");
        assertJsonError(http.get("/api/v1/notifications", readStatuses), 403);
        assertJsonError(http.postJson("/api/v1/notifications/clear", readStatuses, Map.of()), 403);
        String readNotifications = http.passwordToken(app, "mio", "mio-password-1", "read:notifications");
        assertThat(http.get("/api/v1/notifications", readNotifications).status())
                .isEqualTo(200);
        assertJsonError(http.postJson("/api/v1/notifications/clear", readNotifications, Map.of()), 403);

        MastodonApi.Answer policy = http.get("/api/v2/notifications/policy", readNotifications);
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json().get("for_not_following").asText()).isEqualTo("accept");
        assertThat(policy.json().get("summary").get("pending_requests_count").asInt())
                .isZero();
    }

    @Test
    void favouriteAndReblogOfAFollowedPeersPostGoOutAsLikeAnnounceAndUndo() {
        followPeer();
        String noteId = peer.baseUrl() + "/notes/worth-a-like";
        FedifyPeer.Delivery create = peer.create(authorActor, peer.note(noteId, "<p>Worth a like</p>"));
        assertThat(create.status()).as(create.body()).isLessThan(300);
        Eventually.await(() -> uris(get("/api/v1/timelines/home").json()).contains(noteId));
        String status = statusId(get("/api/v1/timelines/home").json(), noteId);
        assertThat(get("/api/v1/statuses/" + status).json().get("favourited").asBoolean())
                .isFalse();

        MastodonApi.Answer liked = post("/api/v1/statuses/" + status + "/favourite");
        assertThat(liked.status()).as(liked.raw().body()).isEqualTo(200);
        assertThat(liked.json().get("id").asText()).isEqualTo(status);
        assertThat(liked.json().get("favourited").asBoolean()).isTrue();
        assertThat(liked.json().get("favourites_count").asInt()).isEqualTo(1);
        JsonNode like = received("Like", noteId);
        assertThat(like.get("actor").asText()).isEqualTo(authorActor);
        MastodonApi.Answer favourites = get("/api/v1/favourites");
        assertThat(favourites.status()).as(favourites.raw().body()).isEqualTo(200);
        assertThat(ids(favourites.json())).containsExactly(status);
        assertThat(favourites.json().get(0).get("favourited").asBoolean()).isTrue();
        assertThat(post("/api/v1/statuses/" + status + "/favourite")
                        .json()
                        .get("favourited")
                        .asBoolean())
                .isTrue();

        MastodonApi.Answer boosted = post("/api/v1/statuses/" + status + "/reblog");
        assertThat(boosted.status()).as(boosted.raw().body()).isEqualTo(200);
        assertThat(boosted.json().get("reblogged").asBoolean()).isTrue();
        received("Announce", noteId);

        MastodonApi.Answer unliked = post("/api/v1/statuses/" + status + "/unfavourite");
        assertThat(unliked.status()).as(unliked.raw().body()).isEqualTo(200);
        assertThat(unliked.json().get("favourited").asBoolean()).isFalse();
        assertThat(unliked.json().get("reblogged").asBoolean()).isTrue();
        JsonNode undo = peer.awaitReceived(
                a -> "Undo".equals(a.get("type").asText())
                        && "Like"
                                .equals(a.get("activity")
                                        .get("object")
                                        .get("type")
                                        .asText()),
                Duration.ofSeconds(30));
        assertThat(undo.get("activity").get("object").get("object").asText()).isEqualTo(noteId);
        assertThat(get("/api/v1/favourites").json()).isEmpty();
        assertThat(get("/api/v1/timelines/home").json().toString()).contains(noteId);
        assertThat(statusOf(get("/api/v1/timelines/home").json(), noteId)
                        .get("favourited")
                        .asBoolean())
                .isFalse();
        assertThat(statusOf(get("/api/v1/timelines/home").json(), noteId)
                        .get("reblogged")
                        .asBoolean())
                .isTrue();

        assertJsonError(post("/api/v1/statuses/987654321/favourite"), 404);
        String own = admin.compose("note", "publish", "body", "My own words");
        assertJsonError(post("/api/v1/statuses/" + own + "/reblog"), 422);
        assertJsonError(http.get("/api/v1/statuses/987654321/favourited_by", null), 404);
        String readOnly = http.passwordToken(app, "mio", "mio-password-1", "read");
        assertJsonError(http.postJson("/api/v1/statuses/" + status + "/favourite", readOnly, Map.of()), 403);
    }

    @Test
    void bookmarksAreListedNewestFirstAndPaged() {
        String first = admin.compose("note", "publish", "body", "Keep this one");
        String second = admin.compose("note", "publish", "body", "And this one");
        MastodonApi.Answer kept = post("/api/v1/statuses/" + first + "/bookmark");
        assertThat(kept.status()).as(kept.raw().body()).isEqualTo(200);
        assertThat(kept.json().get("bookmarked").asBoolean()).isTrue();
        assertThat(post("/api/v1/statuses/" + second + "/bookmark").status()).isEqualTo(200);
        assertThat(post("/api/v1/statuses/" + second + "/bookmark").status()).isEqualTo(200);

        assertThat(ids(get("/api/v1/bookmarks").json())).containsExactly(second, first);
        MastodonApi.Answer page = get("/api/v1/bookmarks?limit=1");
        assertThat(ids(page.json())).containsExactly(second);
        assertThat(page.json().get(0).get("bookmarked").asBoolean()).isTrue();
        String link = page.header("Link");
        assertThat(ids(get(link.substring(1, link.indexOf('>'))).json())).containsExactly(first);
        assertThat(get("/api/v1/statuses/" + first).json().get("bookmarked").asBoolean())
                .isTrue();

        MastodonApi.Answer dropped = post("/api/v1/statuses/" + first + "/unbookmark");
        assertThat(dropped.status()).isEqualTo(200);
        assertThat(dropped.json().get("bookmarked").asBoolean()).isFalse();
        assertThat(ids(get("/api/v1/bookmarks").json())).containsExactly(second);
        assertThat(tables.count("select count(*) from bookmark")).isEqualTo(1);

        assertJsonError(post("/api/v1/statuses/987654321/bookmark"), 404);
        assertJsonError(http.get("/api/v1/bookmarks", null), 401);
        String readOnly = http.passwordToken(app, "mio", "mio-password-1", "read");
        assertJsonError(http.postJson("/api/v1/statuses/" + first + "/bookmark", readOnly, Map.of()), 403);
        assertThat(tables.count("select count(*) from bookmark")).isEqualTo(1);
    }

    static List<String> uris(JsonNode statuses) {
        List<String> uris = new ArrayList<>();
        statuses.forEach(s -> uris.add(s.get("uri").asText()));
        return uris;
    }

    static JsonNode statusOf(JsonNode statuses, String uri) {
        for (JsonNode s : statuses) {
            if (uri.equals(s.get("uri").asText())) {
                return s;
            }
        }
        throw new AssertionError("no status " + uri + " in " + statuses);
    }

    static String statusId(JsonNode statuses, String uri) {
        return statusOf(statuses, uri).get("id").asText();
    }
}
