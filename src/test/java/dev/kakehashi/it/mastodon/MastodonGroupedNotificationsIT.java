package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grouped notifications (v2) gather two real Fedify peers' likes of one post into one group, and a
 * boost into another; a peer's edit of a post the author favourited is an {@code update}, and a
 * new post of a peer followed with {@code notify} a {@code status}.
 */
class MastodonGroupedNotificationsIT extends MastodonFiltersFixture {
    @Test
    void twoPeersLikesOfOnePostAreOneGroupAndABoostAnother() {
        String post = admin.compose("note", "publish", "body", "Group these reactions");
        String postUrl = server.url("/posts/" + post);
        peer.like(authorActor, postUrl);
        otherPeer.like(authorActor, postUrl);
        FedifyPeer.Delivery boost = peer.send(
                authorActor,
                Map.of("type", "Announce", "object", postUrl, "to", "https://www.w3.org/ns/activitystreams#Public"),
                FedifyPeer.Spec.RFC_9421);
        assertThat(boost.status()).as(boost.body()).isLessThan(300);
        Eventually.await(() -> get("/api/v1/notifications?types%5B%5D=favourite&types%5B%5D=reblog")
                        .json()
                        .size()
                == 3);

        MastodonApi.Answer grouped = get("/api/v2/notifications?types%5B%5D=favourite&types%5B%5D=reblog");
        assertThat(grouped.status()).as(grouped.raw().body()).isEqualTo(200);
        JsonNode groups = grouped.json().get("notification_groups");
        assertThat(groups).hasSize(2);
        JsonNode reblog = groups.get(0);
        JsonNode favourite = groups.get(1);
        assertThat(reblog.get("type").asText()).isEqualTo("reblog");
        assertThat(reblog.get("notifications_count").asInt()).isEqualTo(1);
        assertThat(favourite.get("type").asText()).isEqualTo("favourite");
        assertThat(favourite.get("notifications_count").asInt()).isEqualTo(2);
        assertThat(favourite.get("status_id").asText()).isEqualTo(post);
        assertThat(favourite.get("sample_account_ids")).hasSize(2);
        assertThat(Long.parseLong(favourite.get("page_max_id").asText()))
                .isGreaterThan(Long.parseLong(favourite.get("page_min_id").asText()));
        assertThat(favourite.get("most_recent_notification_id").asText())
                .isEqualTo(favourite.get("page_max_id").asText());
        assertThat(favourite.get("latest_page_notification_at").asText()).endsWith("Z");
        List<String> accts = new ArrayList<>();
        grouped.json().get("accounts").forEach(a -> accts.add(a.get("acct").asText()));
        assertThat(accts).containsExactlyInAnyOrder(peer.acct(), otherPeer.acct());
        assertThat(grouped.json().get("statuses")).hasSize(1);
        assertThat(grouped.json().get("statuses").get(0).get("id").asText()).isEqualTo(post);

        // account_id narrows v2 as it does v1: the other peer's like alone, not the peer's boost.
        String otherId = null;
        for (JsonNode a : grouped.json().get("accounts")) {
            if (a.get("acct").asText().equals(otherPeer.acct())) {
                otherId = a.get("id").asText();
            }
        }
        MastodonApi.Answer theirs = get("/api/v2/notifications?account_id=" + otherId);
        assertThat(theirs.status()).as(theirs.raw().body()).isEqualTo(200);
        JsonNode theirGroups = theirs.json().get("notification_groups");
        assertThat(theirGroups).as(theirs.raw().body()).hasSize(1);
        assertThat(theirGroups.get(0).get("type").asText()).isEqualTo("favourite");
        assertThat(theirGroups.get(0).get("page_min_id").asText())
                .isEqualTo(theirGroups.get(0).get("page_max_id").asText());
        assertJsonError(get("/api/v2/notifications?account_id=nope"), 422);
        // v1 names the same groups.
        assertThat(get("/api/v1/notifications?types%5B%5D=favourite")
                        .json()
                        .get(0)
                        .get("group_key")
                        .asText())
                .isEqualTo(favourite.get("group_key").asText());

        // Not grouping favourites: two groups of one.
        JsonNode ungrouped = get("/api/v2/notifications?types%5B%5D=favourite&grouped_types%5B%5D=reblog")
                .json()
                .get("notification_groups");
        assertThat(ungrouped).hasSize(2);
        assertThat(ungrouped.get(0).get("group_key").asText()).startsWith("ungrouped-");

        String key = favourite.get("group_key").asText();
        MastodonApi.Answer one = get("/api/v2/notifications/" + key);
        assertThat(one.status()).as(one.raw().body()).isEqualTo(200);
        assertThat(one.json()
                        .get("notification_groups")
                        .get(0)
                        .get("notifications_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(get("/api/v2/notifications/" + key + "/accounts").json()).hasSize(2);
        assertThat(get("/api/v2/notifications/unread_count").json().get("count").asLong())
                .isGreaterThanOrEqualTo(3);

        // A warn filter on notifications marks the status the groups are about.
        createFilter(Map.of(
                "title", "Reactions",
                "context", List.of("notifications"),
                "keywords_attributes", List.of(Map.of("keyword", "reactions"))));
        JsonNode filtered = get("/api/v2/notifications?types%5B%5D=favourite").json();
        assertThat(filtered.get("statuses")
                        .get(0)
                        .get("filtered")
                        .get(0)
                        .get("keyword_matches")
                        .toString())
                .isEqualTo("[\"reactions\"]");

        MastodonApi.Answer dismissed = http.postJson("/api/v2/notifications/" + key + "/dismiss", token, Map.of());
        assertThat(dismissed.status()).as(dismissed.raw().body()).isEqualTo(200);
        assertThat(get("/api/v1/notifications?types%5B%5D=favourite").json()).isEmpty();
        assertThat(get("/api/v1/notifications?types%5B%5D=reblog").json()).hasSize(1);
        assertJsonError(get("/api/v2/notifications/" + key), 404);
        assertJsonError(get("/api/v2/notifications/nonsense"), 404);
        assertJsonError(http.postJson("/api/v2/notifications/" + key + "/dismiss", token, Map.of()), 404);
    }

    @Test
    void aPeersEditOfAPostTheAuthorFavouritedIsAnUpdateOnce() {
        String noteId = peer.baseUrl() + "/notes/edited-1";
        Map<String, Object> note = peer.note(noteId, "<p>First draft, mio</p>");
        note.put("tag", List.of(Map.of("type", "Mention", "href", authorActor)));
        assertThat(peer.create(authorActor, note).status()).isEqualTo(202);
        Eventually.await(() -> statusOf("mention", noteId) != null);
        String statusId = statusOf("mention", noteId).get("id").asText();
        MastodonApi.Answer favourited = http.postJson("/api/v1/statuses/" + statusId + "/favourite", token, Map.of());
        assertThat(favourited.status()).as(favourited.raw().body()).isEqualTo(200);

        Map<String, Object> edited = new java.util.LinkedHashMap<>(note);
        edited.put("content", "<p>Second draft, mio</p>");
        edited.put("updated", java.time.Instant.now().toString());
        Map<String, Object> update = Map.of("type", "Update", "to", FedifyPeer.PUBLIC, "object", edited);
        assertThat(peer.send(authorActor, update, FedifyPeer.Spec.RFC_9421).status())
                .isEqualTo(202);
        Eventually.await(() -> statusOf("update", noteId) != null);

        JsonNode one = get("/api/v1/notifications?types%5B%5D=update").json();
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("type").asText()).isEqualTo("update");
        assertThat(one.get(0).get("account").get("acct").asText()).isEqualTo(peer.acct());
        assertThat(one.get(0).get("status").get("id").asText()).isEqualTo(statusId);
        assertThat(one.get(0).get("status").get("content").asText()).contains("Second draft");
        assertThat(types(get("/api/v1/notifications?exclude_types%5B%5D=update&types%5B%5D=mention&types%5B%5D=update")
                        .json()))
                .doesNotContain("update");
        JsonNode groups = get("/api/v2/notifications?types%5B%5D=update").json();
        assertThat(groups.get("notification_groups")).hasSize(1);
        assertThat(groups.get("notification_groups").get(0).get("type").asText())
                .isEqualTo("update");
        assertThat(groups.get("notification_groups").get(0).get("status_id").asText())
                .isEqualTo(statusId);

        // The same edit delivered again changes nothing, so tells nobody again.
        assertThat(peer.send(authorActor, update, FedifyPeer.Spec.RFC_9421).status())
                .isEqualTo(202);
        server.runDueJobs();
        assertThat(get("/api/v1/notifications?types%5B%5D=update").json()).hasSize(1);
    }

    @Test
    void aFollowWithNotifyTellsOfEachNewPostUntilNotifyIsCleared() {
        MastodonApi.Answer found = get("/api/v2/search?resolve=true&q=" + MastodonApi.enc("@" + otherPeer.acct()));
        String id = found.json().get("accounts").get(0).get("id").asText();
        String path = "/api/v1/accounts/" + id + "/follow";
        assertJsonError(send("POST", path, Map.of("notify", "maybe")), 422);
        assertThat(otherPeer.received()).as("a bad notify follows nobody").isEmpty();
        MastodonApi.Answer asked = send("POST", path, Map.of("notify", true));
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(200);
        assertThat(asked.json().get("notifying").asBoolean()).isTrue();
        JsonNode follow =
                otherPeer.awaitReceived(a -> "Follow".equals(a.get("type").asText()), java.time.Duration.ofSeconds(30));
        FedifyPeer.Delivery accept = otherPeer.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(
                () -> send("POST", path, Map.of()).json().get("following").asBoolean());
        assertThat(send("POST", path, Map.of()).json().get("notifying").asBoolean())
                .as("omitted keeps it")
                .isTrue();

        String first = otherPeer.baseUrl() + "/notes/status-1";
        assertThat(otherPeer
                        .create(authorActor, otherPeer.note(first, "<p>Fresh news</p>"))
                        .status())
                .isEqualTo(202);
        Eventually.await(() -> statusOf("status", first) != null);
        JsonNode told = get("/api/v1/notifications?types%5B%5D=status").json();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("account").get("acct").asText()).isEqualTo(otherPeer.acct());
        assertThat(told.get(0).get("status").get("content").asText()).contains("Fresh news");

        MastodonApi.Answer cleared = http.postForm(path, token, Map.of("notify", "0"));
        assertThat(cleared.status()).as(cleared.raw().body()).isEqualTo(200);
        assertThat(cleared.json().get("notifying").asBoolean()).isFalse();
        String second = otherPeer.baseUrl() + "/notes/status-2";
        assertThat(otherPeer
                        .create(authorActor, otherPeer.note(second, "<p>More news</p>"))
                        .status())
                .isEqualTo(202);
        Eventually.await(() -> get("/api/v1/timelines/home").raw().body().contains("More news"));
        server.runDueJobs();
        assertThat(get("/api/v1/notifications?types%5B%5D=status").json()).hasSize(1);
    }

    /** The status of the author's newest notification of {@code type} about {@code noteUri}, or null. */
    private static JsonNode statusOf(String type, String noteUri) {
        for (JsonNode n : get("/api/v1/notifications?types%5B%5D=" + type).json()) {
            if (noteUri.equals(n.path("status").path("uri").asText())) {
                return n.get("status");
            }
        }
        return null;
    }

    private static List<String> types(JsonNode array) {
        List<String> types = new ArrayList<>();
        array.forEach(n -> types.add(n.get("type").asText()));
        return types;
    }
}
