package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Fedify server follows an author by actor URL and unfollows. The part of the proposed scenario
 * (branch finterop-follow-scenario) that needs no delivery: the Accept arriving at Fedify and the
 * Create of the next post come with the outbox wiring.
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
    void fedifyFollowsAnAuthorAndUnfollows() throws Exception {
        // Fedify knocks with RFC 9421 first; Kakehashi must verify it (or answer 401 so it retries).
        String followId = peer.follow(authorActor);
        LiveTables.await(() -> followersTotal() == 1);
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Accept' and object_uri = ?",
                        followId))
                .as("Accept queued for delivery")
                .isEqualTo(1);

        FedifyPeer.Delivery undo = peer.send(
                authorActor,
                Map.of(
                        "type",
                        "Undo",
                        "object",
                        Map.of("id", followId, "type", "Follow", "actor", peer.actorUrl(), "object", authorActor)),
                FedifyPeer.Spec.RFC_9421);
        assertThat(undo.status()).isEqualTo(202);
        LiveTables.await(() -> followersTotal() == 0);
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
