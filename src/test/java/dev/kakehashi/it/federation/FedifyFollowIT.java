package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fedify, an independent ActivityPub implementation, follows an author by actor URL: it gets the
 * Accept, then the author's next post, both signed by Kakehashi and verified by Fedify; its own
 * deliveries are accepted in RFC 9421 and in draft-cavage form; then it unfollows.
 */
class FedifyFollowIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer peer;
    static String authorActor;

    @BeforeAll
    static void start() throws Exception {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Follow IT", "kai", "kai-password-1");
        String acct = "kai@" + server.baseUrl().substring("http://".length());
        WebClient.Page jrd = admin.get("/.well-known/webfinger?resource=acct:" + acct, "application/jrd+json");
        assertThat(jrd.status()).isEqualTo(200);
        for (JsonNode link : JSON.readTree(jrd.body()).path("links")) {
            if ("self".equals(link.path("rel").asText())) {
                authorActor = link.path("href").asText();
            }
        }
        assertThat(authorActor).as("WebFinger self link of " + acct).isNotBlank();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void fedifyFollowsGetsTheAcceptAndTheNextPostThenUnfollows() throws Exception {
        // Fedify knocks with RFC 9421 first; Kakehashi must verify it (or answer 401 so it retries).
        String followId = peer.follow(authorActor);
        Eventually.await(() -> followersTotal() == 1);
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Accept' and object_uri = ?",
                        followId))
                .as("Accept queued for delivery")
                .isEqualTo(1);
        // The peer records an activity only after Fedify verified its signature.
        JsonNode accept = peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), Duration.ofSeconds(30));
        assertThat(accept.path("actor").asText()).isEqualTo(authorActor);
        assertThat(accept.path("signature").asText()).isEqualTo("draft-cavage");

        admin.compose("note", "publish", "body", "Hello, Fedify!");
        JsonNode create = peer.awaitReceived(a -> "Create".equals(a.path("type").asText()), Duration.ofSeconds(30));
        assertThat(create.path("actor").asText()).isEqualTo(authorActor);
        assertThat(create.toString()).contains("Hello, Fedify!");
        assertThat(peer.rejected())
                .as("nothing Kakehashi sent was refused by Fedify")
                .isEmpty();

        // Fedify's own deliveries in the older draft-cavage form are accepted too.
        FedifyPeer.Delivery like = peer.send(
                authorActor,
                Map.of("type", "Like", "object", server.baseUrl() + "/posts/0"),
                FedifyPeer.Spec.DRAFT_CAVAGE);
        assertThat(like.status()).isEqualTo(202);

        FedifyPeer.Delivery undo = peer.send(
                authorActor,
                Map.of(
                        "type",
                        "Undo",
                        "object",
                        Map.of("id", followId, "type", "Follow", "actor", peer.actorUrl(), "object", authorActor)),
                FedifyPeer.Spec.RFC_9421);
        assertThat(undo.status()).isEqualTo(202);
        Eventually.await(() -> followersTotal() == 0);
    }

    private static int followersTotal() {
        try {
            JsonNode actor = JSON.readTree(
                    admin.get(authorActor.substring(server.baseUrl().length()), "application/activity+json")
                            .body());
            String followers = actor.path("followers").asText();
            JsonNode collection =
                    JSON.readTree(admin.get(followers.substring(server.baseUrl().length()), "application/activity+json")
                            .body());
            return collection.path("totalItems").asInt(-1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
