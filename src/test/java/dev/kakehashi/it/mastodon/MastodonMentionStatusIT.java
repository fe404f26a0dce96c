package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer the author does not follow mentions the author in a post of its own, and in
 * a direct message, and in a followers-only post: each {@code mention} notification carries the
 * post that mentions, as apps show it, in the v1 and the grouped v2 lists. A followers-only post is
 * for the authors it mentions alone: no other author, no anonymous reader, no timeline sees it.
 */
class MastodonMentionStatusIT {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static FedifyPeer peer;
    static AppAuthor mei;
    static MastodonApi http;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        mei = AppAuthor.start("Mentions IT", "mei", "mei-password-1");
        http = mei.http;
        token = mei.token;
        authorActor = mei.actor;
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (mei != null) mei.close();
    }

    /** The peer sends a Create of a note mentioning the author, addressed to {@code to}; returns its id. */
    static String mention(String html, List<String> to) {
        return mention(html, to, List.of());
    }

    /** As {@link #mention(String, List)}, with {@code cc} too. */
    static String mention(String html, List<String> to, List<String> cc) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = Map.of(
                "type",
                "Note",
                "id",
                id,
                "attributedTo",
                peer.actorUrl(),
                "to",
                to,
                "cc",
                cc,
                "content",
                html,
                "published",
                Instant.now().toString(),
                "tag",
                List.of(Map.of("type", "Mention", "href", authorActor, "name", "@mei")));
        FedifyPeer.Delivery d = peer.send(
                authorActor, Map.of("type", "Create", "to", to, "cc", cc, "object", note), FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        return id;
    }

    static JsonNode notification(String noteId) {
        for (JsonNode n : http.get("/api/v1/notifications", token).json()) {
            if (!n.get("status").isNull()
                    && noteId.equals(n.get("status").get("uri").asText())) {
                return n;
            }
        }
        return null;
    }

    @Test
    void aMentionInAPublicPostCarriesThatPost() {
        String note = mention("<p>Have you met @mei? Lovely blog.</p>", List.of(PUBLIC, authorActor));
        Eventually.await(() -> notification(note) != null);
        JsonNode n = notification(note);
        assertThat(n.get("type").asText()).isEqualTo("mention");
        assertThat(n.get("status").get("content").asText()).contains("Lovely blog");
        assertThat(n.get("status").get("visibility").asText()).isEqualTo("public");
        assertThat(n.get("status").get("account").get("url").asText()).startsWith(peer.baseUrl());
        assertThat(n.get("account").get("id").asText())
                .isEqualTo(n.get("status").get("account").get("id").asText());
        // The status it carries is one the app can open.
        String statusId = n.get("status").get("id").asText();
        assertThat(http.get("/api/v1/statuses/" + statusId, token).status()).isEqualTo(200);
        // Grouped notifications carry it too.
        JsonNode grouped = http.get("/api/v2/notifications", token).json();
        assertThat(grouped.toString()).contains("\"id\":\"" + statusId + "\"");
    }

    @Test
    void aMentionInADirectMessageCarriesTheMessage() {
        String note = mention("<p>Just between us, @mei</p>", List.of(authorActor));
        Eventually.await(() -> notification(note) != null);
        JsonNode n = notification(note);
        assertThat(n.get("type").asText()).isEqualTo("mention");
        assertThat(n.get("status").get("visibility").asText()).isEqualTo("direct");
        assertThat(n.get("status").get("content").asText()).contains("Just between us");
    }

    @Test
    void aMentionInAFollowersOnlyPostCarriesItForTheMentionedAuthorAlone() {
        String other = mei.addAuthor("kai", "kai-password-1");
        String note = mention(
                "<p>Followers only, but you should see this, @mei</p>",
                List.of(peer.actorUrl() + "/followers"),
                List.of(authorActor));
        Eventually.await(() -> notification(note) != null);
        JsonNode n = notification(note);
        assertThat(n.get("type").asText()).isEqualTo("mention");
        assertThat(n.get("status").get("visibility").asText()).isEqualTo("private");
        assertThat(n.get("status").get("content").asText()).contains("you should see this");
        String statusId = n.get("status").get("id").asText();
        assertThat(http.get("/api/v1/statuses/" + statusId, token).status()).isEqualTo(200);

        assertThat(http.get("/api/v1/statuses/" + statusId, other).status())
                .as("another author of the blog")
                .isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/" + statusId, null).status())
                .as("an anonymous reader")
                .isEqualTo(404);
        for (String timeline : List.of("/api/v1/timelines/public", "/api/v1/timelines/home")) {
            assertThat(http.get(timeline, token).raw().body()).doesNotContain("you should see this");
        }
        assertThat(http.get("/api/v1/timelines/public", null).raw().body()).doesNotContain("you should see this");
    }
}
