package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer blocks the author and later lifts the block: the author's app sees {@code
 * blocked_by} in the relationship while the block stands, and only then.
 */
class MastodonBlockedByIT {
    static KakehashiServer server;
    static LiveTables tables;
    static FedifyPeer peer;
    static MastodonApi http;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        new WebClient(server).setUpAndLogIn("Blocked by IT", "bo", "bo-password-1");
        authorActor = server.url("/actors/" + tables.text("select id from account where username = ?", "bo"));
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Blocked by IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "bo", "bo-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static JsonNode relationship(String id) {
        MastodonApi.Answer a = http.get("/api/v1/accounts/relationships?id=" + id, token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get(0);
    }

    @Test
    void aPeersBlockOfTheAuthorIsBlockedByUntilItIsUndone() {
        MastodonApi.Answer found =
                http.get("/api/v2/search?type=accounts&resolve=true&q=" + MastodonApi.enc("@" + peer.acct()), token);
        assertThat(found.json().get("accounts")).as(found.raw().body()).hasSize(1);
        String id = found.json().get("accounts").get(0).get("id").asText();
        assertThat(relationship(id).get("blocked_by").asBoolean()).isFalse();

        FedifyPeer.Delivery block =
                peer.send(authorActor, Map.of("type", "Block", "object", authorActor), FedifyPeer.Spec.RFC_9421);
        assertThat(block.status()).as(block.body()).isLessThan(300);
        server.runDueJobs();
        Eventually.await(() -> relationship(id).get("blocked_by").asBoolean());
        JsonNode blocked = relationship(id);
        assertThat(blocked.get("blocking").asBoolean())
                .as("the author did not block back")
                .isFalse();

        FedifyPeer.Delivery undo = peer.send(
                authorActor,
                Map.of(
                        "type",
                        "Undo",
                        "object",
                        Map.of("id", block.id(), "type", "Block", "actor", peer.actorUrl(), "object", authorActor)),
                FedifyPeer.Spec.RFC_9421);
        assertThat(undo.status()).as(undo.body()).isLessThan(300);
        server.runDueJobs();
        Eventually.await(() -> !relationship(id).get("blocked_by").asBoolean());
    }
}
