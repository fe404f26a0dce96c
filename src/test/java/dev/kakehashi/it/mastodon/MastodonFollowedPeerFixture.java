package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the ITs of a followed peer's posts share: an app author (kai, password {@code kai-password-1})
 * who followed a real Fedify peer from the app, which accepted; helpers to have the peer deliver a
 * public activity and to find a note in kai's home timeline. Each subclass gets its own server and
 * peer.
 */
abstract class MastodonFollowedPeerFixture {
    static final List<String> PUBLIC = List.of(FedifyPeer.PUBLIC);

    static FedifyPeer peer;
    static AppAuthor kai;
    static MastodonApi http;
    /** The peer's account id in the API. */
    static String peerId;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        kai = AppAuthor.start("Followed peer IT", "kai", "kai-password-1");
        http = kai.http;
        peerId = kai.followAccepted(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (kai != null) kai.close();
    }

    /** The peer delivers a public {@code type} activity of {@code object} to kai's inbox, signed. */
    static void send(String type, Object object) {
        FedifyPeer.Delivery d =
                peer.send(kai.actor, Map.of("type", type, "to", PUBLIC, "object", object), FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    /** The status of the note {@code uri} in kai's home timeline, or null. */
    static JsonNode inHome(String uri) {
        for (JsonNode s : http.get("/api/v1/timelines/home?limit=40", kai.token).json()) {
            if (uri.equals(s.path("uri").asText())) {
                return s;
            }
        }
        return null;
    }
}
