package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.FedifyPeer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Fedify peer the federation tests rely on behaves as a fediverse server: it serves its actor
 * and WebFinger, and its control API sends signed activities (RFC 9421 and draft-cavage) and reports
 * only those whose signature Fedify verified. Here it talks to itself; the federation ITs point it
 * at Kakehashi.
 */
class FedifyPeerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FedifyPeer peer;

    @BeforeAll
    static void startPeer() {
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    @BeforeEach
    void forgetReceived() {
        peer.reset();
    }

    @Test
    void servesItsActorAsPersonWithAnRsaPublicKey() throws Exception {
        HttpResponse<String> response = peer.get("/users/peer", "application/activity+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/activity+json"));
        JsonNode actor = JSON.readTree(response.body());
        assertThat(actor.path("type").asText()).isEqualTo("Person");
        assertThat(actor.path("id").asText()).isEqualTo(peer.actorUrl());
        assertThat(actor.path("preferredUsername").asText()).isEqualTo("peer");
        assertThat(actor.path("inbox").asText()).isEqualTo(peer.actorUrl() + "/inbox");
        JsonNode key = actor.path("publicKey");
        assertThat(key.path("owner").asText()).isEqualTo(peer.actorUrl());
        assertThat(key.path("id").asText()).startsWith(peer.actorUrl() + "#");
        assertThat(key.path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void resolvesItsHandleThroughWebFinger() throws Exception {
        HttpResponse<String> response =
                peer.get("/.well-known/webfinger?resource=acct:" + peer.acct(), "application/jrd+json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode jrd = JSON.readTree(response.body());
        assertThat(jrd.path("subject").asText()).isEqualTo("acct:" + peer.acct());
        assertThat(jrd.path("links").findValuesAsText("href")).contains(peer.actorUrl());
        JsonNode self = null;
        for (JsonNode link : jrd.path("links")) {
            if ("self".equals(link.path("rel").asText())) {
                self = link;
            }
        }
        assertThat(self).isNotNull();
        assertThat(self.path("type").asText()).isEqualTo("application/activity+json");
        assertThat(self.path("href").asText()).isEqualTo(peer.actorUrl());
    }

    @Test
    void sendsRfc9421SignedActivityThatAFedifyInboxVerifies() {
        FedifyPeer.Delivery delivery =
                peer.send(peer.actorUrl(), Map.of("type", "Like", "object", peer.actorUrl()), FedifyPeer.Spec.RFC_9421);

        assertThat(delivery.status()).isEqualTo(202);
        JsonNode entry =
                peer.awaitReceived(e -> delivery.id().equals(e.path("id").asText()), WAIT);
        assertThat(entry.path("signature").asText()).isEqualTo("rfc9421");
        assertThat(entry.path("type").asText()).isEqualTo("Like");
        assertThat(entry.path("actor").asText()).isEqualTo(peer.actorUrl());
    }

    @Test
    void sendsDraftCavageSignedActivityThatAFedifyInboxVerifies() {
        FedifyPeer.Delivery delivery = peer.send(
                peer.actorUrl(), Map.of("type", "Like", "object", peer.actorUrl()), FedifyPeer.Spec.DRAFT_CAVAGE);

        assertThat(delivery.status()).isEqualTo(202);
        JsonNode entry =
                peer.awaitReceived(e -> delivery.id().equals(e.path("id").asText()), WAIT);
        assertThat(entry.path("signature").asText()).isEqualTo("draft-cavage");
        assertThat(entry.path("keyId").asText()).startsWith(peer.actorUrl() + "#");
    }

    @Test
    void followsAnActorItLooksUpAndSignsTheFollowWithRfc9421First() {
        String followId = peer.follow(peer.actorUrl());

        JsonNode entry = peer.awaitReceived(e -> followId.equals(e.path("id").asText()), WAIT);
        assertThat(entry.path("type").asText()).isEqualTo("Follow");
        assertThat(entry.path("activity").path("object").asText()).isEqualTo(peer.actorUrl());
        // Fedify's first knock to a server it has not met is RFC 9421.
        assertThat(entry.path("signature").asText()).isEqualTo("rfc9421");
    }

    @Test
    void refusesABadSignatureWith401AndDoesNotReportItAsReceived() {
        String id = peer.baseUrl() + "/forged/1";
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id
                + "\",\"type\":\"Like\",\"actor\":\"" + peer.actorUrl() + "\",\"object\":\"" + peer.actorUrl()
                + "\"}";
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));

        HttpResponse<String> response = peer.post(
                "/users/peer/inbox",
                Map.of(
                        "Content-Type",
                        "application/activity+json",
                        "Date",
                        date,
                        "Signature",
                        "keyId=\"" + peer.actorUrl() + "#main-key\",algorithm=\"rsa-sha256\","
                                + "headers=\"(request-target) date\",signature=\"AAAA\""),
                body);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(peer.rejected()).anySatisfy(e -> {
            assertThat(e.path("id").asText()).isEqualTo(id);
            assertThat(e.path("reason").asText()).isEqualTo("invalidSignature");
        });
        assertThat(peer.received())
                .noneSatisfy(e -> assertThat(e.path("id").asText()).isEqualTo(id));
    }

    @Test
    void resetForgetsWhatTheInboxReceived() {
        FedifyPeer.Delivery delivery = peer.send(
                peer.actorUrl(), Map.of("type", "Like", "object", peer.actorUrl()), FedifyPeer.Spec.DRAFT_CAVAGE);
        peer.awaitReceived(e -> delivery.id().equals(e.path("id").asText()), WAIT);

        peer.reset();

        assertThat(peer.received()).isEmpty();
    }
}
