package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer follows an author who pins and unpins a status from an app: the peer receives
 * {@code Add} and then {@code Remove} of that post for the author's featured collection, as
 * Mastodon sends them, and the collection itself agrees.
 */
class MastodonPinFederationIT {
    static final Duration PATIENCE = AppAuthor.PATIENCE;
    static FedifyPeer peer;
    static AppAuthor pia;
    static MastodonApi http;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        pia = AppAuthor.start("Pins IT", "pia", "pia-password-1");
        http = pia.http;
        token = pia.token;
        authorActor = pia.actor;
        pia.followedBy(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (pia != null) pia.close();
    }

    @BeforeEach
    void forget() {
        peer.reset();
    }

    static JsonNode featured() {
        return new ApJsonClient(pia.server).json(authorActor + "/collections/featured");
    }

    @Test
    void pinningSendsAddAndUnpinningSendsRemoveToFollowers() {
        JsonNode posted = http.postJson("/api/v1/statuses", token, Map.of("status", "Read this first"))
                .json();
        String id = posted.get("id").asText();
        String postUri = posted.get("uri").asText();
        peer.awaitReceived(a -> "Create".equals(a.get("type").asText()), PATIENCE);

        MastodonApi.Answer pinned = http.postJson("/api/v1/statuses/" + id + "/pin", token, Map.of());
        assertThat(pinned.status()).as(pinned.raw().body()).isEqualTo(200);
        assertThat(pinned.json().get("pinned").asBoolean()).isTrue();
        JsonNode add = peer.awaitReceived(a -> "Add".equals(a.get("type").asText()), PATIENCE)
                .get("activity");
        assertThat(add.get("actor").asText()).isEqualTo(authorActor);
        assertThat(add.get("object").asText()).isEqualTo(postUri);
        assertThat(add.get("target").asText()).isEqualTo(authorActor + "/collections/featured");
        assertThat(add.get("to").toString()).contains("https://www.w3.org/ns/activitystreams#Public");
        assertThat(featured().toString()).contains(postUri);

        // Pinning it again sends nothing more.
        http.postJson("/api/v1/statuses/" + id + "/pin", token, Map.of());
        MastodonApi.Answer unpinned = http.postJson("/api/v1/statuses/" + id + "/unpin", token, Map.of());
        assertThat(unpinned.json().get("pinned").asBoolean()).isFalse();
        JsonNode remove = peer.awaitReceived(a -> "Remove".equals(a.get("type").asText()), PATIENCE)
                .get("activity");
        assertThat(remove.get("object").asText()).isEqualTo(postUri);
        assertThat(remove.get("target").asText()).isEqualTo(authorActor + "/collections/featured");
        assertThat(remove.get("id").asText()).isNotEqualTo(add.get("id").asText());
        assertThat(featured().toString()).doesNotContain(postUri);
        // Unpinning what is not pinned sends nothing: the due jobs run, and only one Add ever came.
        http.postJson("/api/v1/statuses/" + id + "/unpin", token, Map.of());
        pia.server.runDueJobs();
        assertThat(peer.received().stream()
                        .filter(a -> "Add".equals(a.get("type").asText()))
                        .count())
                .isEqualTo(1);
        assertThat(peer.received().stream()
                        .filter(a -> "Remove".equals(a.get("type").asText()))
                        .count())
                .isEqualTo(1);
    }
}
