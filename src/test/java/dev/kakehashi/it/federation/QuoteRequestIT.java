package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer asks, with a FEP-044f QuoteRequest, to quote the author's posts: a public or
 * unlisted post is granted with an Accept whose result is a QuoteAuthorization stamp the peer can
 * fetch; a followers-only post is refused with a Reject and no stamp.
 */
class QuoteRequestIT {
    static FedifyPeer peer;
    static AppAuthor ren;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        ren = AppAuthor.start("Quote IT", "ren", "ren-password-1");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (ren != null) ren.close();
    }

    /** The uri of a status the author posts with this visibility. */
    static String post(String text, String visibility) {
        MastodonApi.Answer made =
                ren.http.postJson("/api/v1/statuses", ren.token, Map.of("status", text, "visibility", visibility));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        return made.json().get("uri").asText();
    }

    /** Sends the peer's QuoteRequest of {@code quoted}; returns the answer to it once it arrived. */
    static JsonNode requestQuote(String quoted, String quoting) {
        Map<String, Object> note = peer.note(quoting, "<p>Look at this</p><p>RE: " + quoted + "</p>");
        note.put("quote", quoted);
        FedifyPeer.Delivery d = peer.send(
                ren.actor,
                Map.of("type", "QuoteRequest", "object", quoted, "instrument", note),
                FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        return peer.awaitReceived(
                        a -> d.id().equals(a.get("activity")
                                .path("object")
                                .path("id")
                                .asText()),
                        AppAuthor.PATIENCE)
                .get("activity");
    }

    /** A GET of a URL of the blog, as a peer asks for ActivityStreams. */
    static WebClient.Page fetch(String url) {
        return new WebClient(ren.server).get(url.substring(ren.server.url("").length()), "application/activity+json");
    }

    @Test
    void aQuoteOfAPublicPostIsAcceptedWithAStampThePeerCanFetch() throws Exception {
        String quoted = post("Quote me if you like", "public");
        String quoting = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        JsonNode accept = requestQuote(quoted, quoting);
        assertThat(accept.get("type").asText()).isEqualTo("Accept");
        assertThat(accept.get("actor").asText()).isEqualTo(ren.actor);
        String stamp = accept.get("result").asText();
        assertThat(stamp).startsWith(quoted + "/quote_authorizations/");

        WebClient.Page fetched = fetch(stamp);
        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        JsonNode authorization = new ObjectMapper().readTree(fetched.body());
        assertThat(authorization.get("type").asText()).isEqualTo("QuoteAuthorization");
        assertThat(authorization.get("id").asText()).isEqualTo(stamp);
        assertThat(authorization.get("attributedTo").asText()).isEqualTo(ren.actor);
        assertThat(authorization.get("interactingObject").asText()).isEqualTo(quoting);
        assertThat(authorization.get("interactionTarget").asText()).isEqualTo(quoted);
        assertThat(authorization.get("@context").toString()).contains("https://w3id.org/fep/044f#QuoteAuthorization");

        String unlisted = post("Quietly quotable", "unlisted");
        assertThat(requestQuote(unlisted, peer.baseUrl() + "/notes/" + UUID.randomUUID())
                        .get("type")
                        .asText())
                .as("an unlisted post")
                .isEqualTo("Accept");
    }

    @Test
    void aQuoteOfAFollowersOnlyPostIsRejectedWithoutAStamp() {
        String quoted = post("Just for my followers", "private");
        JsonNode reject = requestQuote(quoted, peer.baseUrl() + "/notes/" + UUID.randomUUID());
        assertThat(reject.get("type").asText()).isEqualTo("Reject");
        assertThat(reject.has("result")).isFalse();
        assertThat(ren.tables.count(
                        "select count(*) from quote_authorization q join post p on p.id = q.post_id"
                                + " where p.body_markdown like ?",
                        "Just for my followers%"))
                .isZero();
    }

    @Test
    void anUnknownStampIsNotFound() {
        String quoted = post("No stamps here", "public");
        assertThat(fetch(quoted + "/quote_authorizations/123").status()).isEqualTo(404);
    }
}
