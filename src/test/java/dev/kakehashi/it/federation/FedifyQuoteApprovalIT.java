package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An author quotes a real Fedify peer's post from an app (FEP-044f, INTEROP A12.2): the peer gets a
 * QuoteRequest with our post inline and the status stays pending until it answers. Its Accept,
 * once the stamp it names is fetched and checked, shows the quote accepted and sends the peer (a
 * follower) an Update whose Note carries the stamp; a Reject shows it rejected; a stamp attributed
 * to someone else than the quoted author approves nothing.
 */
class FedifyQuoteApprovalIT {
    static FedifyPeer peer;
    static AppAuthor rin;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        rin = AppAuthor.start("Quote approval IT", "rin", "rin-password-1");
        rin.followedBy(peer);
        rin.followAccepted(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (rin != null) rin.close();
    }

    @Test
    void theQuotedAuthorsAcceptApprovesTheQuoteAndFollowersGetItsStamp() {
        peer.answerQuotes("accept");
        String theirs = peerPost("Quote me, kindly");
        JsonNode quote = quote(theirs, "Well said");
        String ours = quote.get("uri").asText();
        assertThat(quote.get("quote").get("state").asText()).isEqualTo("pending");
        assertThat(quote.get("quote").get("quoted_status").isNull()).isTrue();

        JsonNode request = awaitRequest(ours);
        assertThat(request.get("actor").asText()).isEqualTo(rin.actor);
        assertThat(request.get("object").asText()).isEqualTo(theirs);
        JsonNode inline = request.get("instrument");
        assertThat(inline.get("id").asText()).isEqualTo(ours);
        assertThat(inline.get("attributedTo").asText()).isEqualTo(rin.actor);
        assertThat(inline.get("quote").asText()).isEqualTo(theirs);
        assertThat(inline.get("content").asText()).contains("Well said");

        Eventually.within(AppAuthor.PATIENCE, "the quote accepted", () -> "accepted".equals(state(quote)));
        JsonNode shown = status(quote).get("quote");
        assertThat(shown.get("quoted_status").get("uri").asText()).isEqualTo(theirs);
        JsonNode update = peer.awaitReceived(
                        a -> "Update".equals(a.path("type").asText())
                                && ours.equals(a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText())
                                && a.path("activity").path("object").has("quoteAuthorization"),
                        AppAuthor.PATIENCE)
                .get("activity");
        assertThat(update.get("object").get("quoteAuthorization").asText()).startsWith(peer.baseUrl() + "/stamps/");
        assertThat(update.get("object").get("quote").asText()).isEqualTo(theirs);
    }

    @Test
    void theQuotedAuthorsRejectLeavesTheQuoteRejected() {
        peer.answerQuotes("reject");
        String theirs = peerPost("Not to be quoted");
        JsonNode quote = quote(theirs, "Quoting anyway");
        awaitRequest(quote.get("uri").asText());

        Eventually.within(AppAuthor.PATIENCE, "the quote rejected", () -> "rejected".equals(state(quote)));
        assertThat(status(quote).get("quote").get("quoted_status").isNull()).isTrue();
    }

    @Test
    void aStampAttributedToSomeoneElseApprovesNothing() {
        peer.answerQuotes("forge");
        String theirs = peerPost("Quote me, forged");
        JsonNode quote = quote(theirs, "Quoting with a forged stamp");
        String ours = quote.get("uri").asText();
        awaitRequest(ours);

        Eventually.within(
                AppAuthor.PATIENCE,
                "the forged Accept refused",
                () -> rin.tables.count(
                                "select count(*) from inbox_activity where activity_type = 'Accept'"
                                        + " and state = 'REJECTED' and body like ?",
                                "%" + ours + "#quote_request%")
                        == 1);
        rin.server.runDueJobs();
        assertThat(state(quote)).isEqualTo("pending");
        assertThat(rin.tables.text(
                        "select last_error from inbox_activity where activity_type = 'Accept' and body like ?",
                        "%" + ours + "#quote_request%"))
                .contains("attributedTo");
        assertThat(peer.received())
                .noneMatch(a -> "Update".equals(a.path("type").asText())
                        && ours.equals(
                                a.path("activity").path("object").path("id").asText()));
    }

    @Test
    void anAcceptNamingOurRequestByItsIdAloneApprovesTheQuote() {
        peer.answerQuotes("accept-by-id");
        String theirs = peerPost("Quote me, by id");
        JsonNode quote = quote(theirs, "Answered by id");
        String ours = quote.get("uri").asText();
        awaitRequest(ours);

        Eventually.within(AppAuthor.PATIENCE, "the quote accepted", () -> "accepted".equals(state(quote)));
        assertThat(status(quote).get("quote").get("quoted_status").get("uri").asText())
                .isEqualTo(theirs);
        assertThat(rin.tables.count(
                        "select count(*) from inbox_activity where activity_type = 'Accept' and state = 'PROCESSED'"
                                + " and body like ?",
                        "%\"object\":\"" + ours + "#quote_request\"%"))
                .isEqualTo(1);
    }

    @Test
    void aQuoteWhoseAuthorWasUnknownWhenPublishedIsAskedForOnceTheAuthorIsFetched() {
        peer.answerQuotes("accept");
        String theirs = peerPost("Quote me, stranger");
        // As for a post that came through a boost: the post is known here, its author is not.
        rin.tables.update("delete from remote_actor where uri = ?", peer.actorUrl());
        JsonNode quote = quote(theirs, "Who wrote this?");
        String ours = quote.get("uri").asText();
        assertThat(state(quote)).isEqualTo("pending");
        assertThat(rin.tables.count(
                        "select count(*) from outbox_activity where activity_type = 'QuoteRequest'"
                                + " and object_uri = ?",
                        theirs))
                .isZero();

        rin.server.runDueJobs();

        JsonNode request = awaitRequest(ours);
        assertThat(request.get("object").asText()).isEqualTo(theirs);
        Eventually.within(AppAuthor.PATIENCE, "the quote accepted", () -> "accepted".equals(state(quote)));
        rin.server.runDueJobs();
        assertThat(rin.tables.count(
                        "select count(*) from outbox_activity where activity_type = 'QuoteRequest'"
                                + " and object_uri = ?",
                        theirs))
                .isEqualTo(1);
    }

    /** A public post by the peer, received at home; returns its id (URI). */
    static String peerPost(String text) {
        String uri = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        FedifyPeer.Delivery d = peer.create(rin.actor, peer.note(uri, "<p>" + text + "</p>"));
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        Eventually.await(() -> home(uri) != null);
        return uri;
    }

    /** The author's quote of the peer's post {@code theirs}, as the app got it back. */
    static JsonNode quote(String theirs, String text) {
        String id = home(theirs).get("id").asText();
        MastodonApi.Answer made =
                rin.http.postJson("/api/v1/statuses", rin.token, Map.of("status", text, "quoted_status_id", id));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        return made.json();
    }

    /** The QuoteRequest for our post {@code ours}, as the peer received it. */
    static JsonNode awaitRequest(String ours) {
        return peer.awaitReceived(
                        a -> "QuoteRequest".equals(a.path("type").asText())
                                && ours.equals(a.path("activity")
                                        .path("instrument")
                                        .path("id")
                                        .asText()),
                        AppAuthor.PATIENCE)
                .get("activity");
    }

    static JsonNode status(JsonNode made) {
        return rin.http
                .get("/api/v1/statuses/" + made.get("id").asText(), rin.token)
                .json();
    }

    static String state(JsonNode made) {
        return status(made).path("quote").path("state").asText();
    }

    /** The status with this URI on the home timeline, or null. */
    static JsonNode home(String uri) {
        for (JsonNode s :
                rin.http.get("/api/v1/timelines/home?limit=40", rin.token).json()) {
            if (uri.equals(s.get("uri").asText())) {
                return s;
            }
        }
        return null;
    }
}
