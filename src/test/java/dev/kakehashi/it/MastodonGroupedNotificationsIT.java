package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grouped notifications (v2) gather two real Fedify peers' likes of one post into one group, and a
 * boost into another.
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
}
