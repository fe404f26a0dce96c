package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer blocks the author and later lifts the block: the author's app sees {@code
 * blocked_by} in the relationship while the block stands, and only then.
 */
class MastodonBlockedByIT {
    static FedifyPeer peer;
    static AppAuthor bo;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        bo = AppAuthor.start("Blocked by IT", "bo", "bo-password-1");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (bo != null) bo.close();
    }

    static JsonNode relationship(String id) {
        MastodonApi.Answer a = bo.http.get("/api/v1/accounts/relationships?id=" + id, bo.token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get(0);
    }

    @Test
    void aPeersBlockOfTheAuthorIsBlockedByUntilItIsUndone() {
        String id = bo.resolve(peer);
        assertThat(relationship(id).get("blocked_by").asBoolean()).isFalse();

        FedifyPeer.Delivery block =
                peer.send(bo.actor, Map.of("type", "Block", "object", bo.actor), FedifyPeer.Spec.RFC_9421);
        assertThat(block.status()).as(block.body()).isLessThan(300);
        bo.server.runDueJobs();
        Eventually.await(() -> relationship(id).get("blocked_by").asBoolean());
        JsonNode blocked = relationship(id);
        assertThat(blocked.get("blocking").asBoolean())
                .as("the author did not block back")
                .isFalse();

        FedifyPeer.Delivery undo = peer.send(
                bo.actor,
                Map.of(
                        "type",
                        "Undo",
                        "object",
                        Map.of("id", block.id(), "type", "Block", "actor", peer.actorUrl(), "object", bo.actor)),
                FedifyPeer.Spec.RFC_9421);
        assertThat(undo.status()).as(undo.body()).isLessThan(300);
        bo.server.runDueJobs();
        Eventually.await(() -> !relationship(id).get("blocked_by").asBoolean());
    }
}
